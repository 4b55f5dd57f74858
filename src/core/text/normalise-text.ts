/**
 * Puts a document's text into the one form the decision extractor reads, so that every offset it reports refers to
 * this text: Unicode NFC; line ends "\n"; a form feed (a page break in text dumps) becomes a blank line; no-break
 * and other Unicode spaces become plain spaces; zero-width characters, soft hyphens and byte-order marks go; the
 * typographic ligatures PDFs use ("ﬁ", "ﬂ") are spelled out. Nothing else changes: tabs (table cells) and line
 * structure stay as they are.
 *
 * @example normaliseText("\uFEFFTotal\u00A0£1,000\r\n") // "Total £1,000\n"
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n")
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/[\uFB00-\uFB06]/g, (c) => ligatures[c] ?? c)
    .normalize("NFC");
}

const ligatures: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};
