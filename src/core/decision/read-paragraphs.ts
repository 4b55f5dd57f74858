import type { DocumentSection, NumberedParagraph } from "./decision-document";
import type { TextLine } from "./text-lines";

const paragraphNumber = /^(?:[-•*][ \t]+)?(?:\*\*)?(\d{1,2}(?:\.\d{1,3}){1,3})\.?(?:\*\*)?(?=[ \t]|$)/;

/**
 * The numbered paragraphs: a line opening with "3.1", "3.1.", "- 3.1.", "2.7.1." (a bullet or bold marks before it
 * are allowed). Each runs to the next numbered paragraph or section heading. `quote` is the number as written.
 */
export function readParagraphs(
  text: string,
  lines: readonly TextLine[],
  sections: readonly DocumentSection[],
): NumberedParagraph[] {
  const starts: { number: string; start: number; quote: string; offset: number }[] = [];
  for (const line of lines) {
    const t = line.trimmed;
    if (!t || !/^[-•*\d]/.test(t)) continue;
    const m = paragraphNumber.exec(t);
    if (!m) continue;
    const number = m[1]!;
    // "- 35.5 staff …" is a figure, not paragraph 35.5: documents have well under 30 sections.
    if (Number(number.slice(0, number.indexOf("."))) > 30) continue;
    const at = t.indexOf(number);
    let quote = number;
    if (t.charAt(at + number.length) === ".") quote += ".";
    starts.push({ number, start: line.start, quote, offset: line.trimStart + at });
  }
  const headingStarts = sections.map((s) => s.start);
  let h = 0;
  return starts.map((p, k) => {
    const nextPara = starts[k + 1]?.start ?? text.length;
    while (h < headingStarts.length && headingStarts[h]! <= p.start) h++;
    const nextHeading = headingStarts[h] ?? text.length;
    return {
      number: p.number,
      start: p.start,
      end: Math.min(nextPara, nextHeading),
      quote: { quote: p.quote, offset: p.offset },
    };
  });
}
