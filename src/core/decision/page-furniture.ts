/**
 * The running headers and footers a PDF's text repeats on every page ("OFFICIAL", "Page 2 of 4", "PCD 1789 …
 * Page 2 of 4", "PCD July 2020 … 3"), taken out of the text without changing its length: each is blanked with
 * spaces together with the blank lines around it, leaving one line break, so that the line before it and the line
 * after it meet. A table or a sentence that runs on over a page break then reads as if there were none.
 *
 * A line is furniture when it is a page number ("Page 2 of 4", with or without a short label before it), a
 * protective marking alone ("OFFICIAL"), or a line repeated on at least half the pages (figures aside) that sits
 * each time at the same edge of a page: right after a page break, or right before one. A page break is a form feed,
 * a page number line, or the start or end of the text. A line that carries money is never furniture.
 */
export function withoutPageFurniture(text: string): string {
  const lines = splitLines(text);
  const furniture = lines.map((l) => isPageNumber(l.trimmed) || MARKING.test(l.trimmed));
  if (!furniture.includes(true) && !text.includes("\f")) return text;
  const formFeeds = lines.filter((l) => l.afterFormFeed).length;
  const pages = Math.max(formFeeds + 1, lines.filter((l) => isPageNumber(l.trimmed)).length);
  // Headers of several lines are found a line at a time: each found line moves the page's edge inwards.
  for (let round = 0; round < 4 && pages > 1; round++) {
    const found = repeatedAtEdges(lines, furniture, pages);
    if (found.length === 0) break;
    for (const i of found) furniture[i] = true;
  }
  return blank(text, lines, furniture);
}

interface Line {
  start: number;
  end: number;
  trimmed: string;
  /** Whether a form feed (a page break) comes right before the line. */
  afterFormFeed: boolean;
}

const MARKING = /^(?:OFFICIAL(?:[- ]SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED|PROTECT|RESTRICTED)$/;
const PAGE_NUMBER = /^(?:\S.{0,40}?[ \t]{2,})?(?:Page|Pg\.?)[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?$/i;
const MONEY = /£|€|\$|\d,\d{3}|\d[ \t]?(?:m|bn|k)\b/i;
/** A signature block's line ("Signature … Date 19/12/2024"): it may stand at the foot of two pages, but it is not furniture. */
const SIGNATURE = /\b(?:signature|signed)\b/i;
const MAX_LENGTH = 120;

function isPageNumber(trimmed: string): boolean {
  return trimmed.length <= MAX_LENGTH && PAGE_NUMBER.test(trimmed);
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let afterFormFeed = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== 12) continue;
    out.push({ start, end: i, trimmed: text.slice(start, i).trim(), afterFormFeed });
    afterFormFeed = c === 12;
    start = i + 1;
  }
  return out;
}

/**
 * The lines, not yet furniture, whose text (figures aside) is repeated on at least half the pages, each time with
 * nothing but blank lines and furniture between it and a page break on the same side.
 */
function repeatedAtEdges(lines: readonly Line[], furniture: readonly boolean[], pages: number): number[] {
  const byKey = new Map<string, { index: number; edge: ReturnType<typeof edgeOf> }[]>();
  lines.forEach((l, i) => {
    if (furniture[i] || l.trimmed === "" || l.trimmed.length > MAX_LENGTH) return;
    if (MONEY.test(l.trimmed) || SIGNATURE.test(l.trimmed)) return;
    const key = l.trimmed.replace(/\d+/g, "#").replace(/\s+/g, " ");
    const list = byKey.get(key) ?? [];
    list.push({ index: i, edge: edgeOf(lines, furniture, i) });
    byKey.set(key, list);
  });
  const out: number[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2 || list.length * 2 < pages) continue;
    // A line at the end of the text, after the last page number ("Page 6 of 6", "PCD 2046"), is at both edges of
    // its page: it agrees with the edge the others keep.
    const edges = new Set(list.map((o) => o.edge));
    edges.delete("both");
    if (edges.size !== 1 || edges.has(null)) continue;
    if (!sameOrCounting(list.map((o) => lines[o.index]!.trimmed.replace(/\s+/g, " ")))) continue;
    out.push(...list.map((o) => o.index));
  }
  return out;
}

/**
 * Whether the lines are one running line: all the same, or the same but for one number that counts up from page to
 * page ("PCD July 2020 … 1", "… 2"). Two signature lines differ in their dates, which do not count up so.
 */
function sameOrCounting(texts: readonly string[]): boolean {
  const numbers = texts.map((t) => (t.match(/\d+/g) ?? []).map(Number));
  const varying = numbers[0]!.map((_, k) => k).filter((k) => numbers.some((n) => n[k] !== numbers[0]![k]));
  if (varying.length === 0) return true;
  if (varying.length > 1) return false;
  const k = varying[0]!;
  return numbers.every((n, j) => j === 0 || n[k]! > numbers[j - 1]![k]!);
}

/**
 * "top" where only blank lines and furniture lie between the line and the page break above it, "bottom" where they
 * lie between it and the page break below it; "both" where both do (a page of one line, such as the footer's last
 * line after the last page number); null where neither.
 */
function edgeOf(
  lines: readonly Line[],
  furniture: readonly boolean[],
  i: number,
): "top" | "bottom" | "both" | null {
  const quiet = (j: number): boolean => furniture[j]! || lines[j]!.trimmed === "";
  const pageNumber = (j: number): boolean => furniture[j]! && isPageNumber(lines[j]!.trimmed);
  let top = true;
  for (let j = i; j >= 0; j--) {
    if (j < i && pageNumber(j)) break;
    if (j < i && !quiet(j)) {
      top = false;
      break;
    }
    if (lines[j]!.afterFormFeed) break;
  }
  let bottom = true;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j]!.afterFormFeed || pageNumber(j)) break;
    if (!quiet(j)) {
      bottom = false;
      break;
    }
  }
  if (top && bottom) return "both";
  return top ? "top" : bottom ? "bottom" : null;
}

/**
 * Blanks each run of furniture and blank lines that holds furniture: from the end of the line before it to the line
 * after it, every character becomes a space but the last line break.
 */
function blank(text: string, lines: readonly Line[], furniture: readonly boolean[]): string {
  const chars = text.split("");
  let i = 0;
  while (i < lines.length) {
    if (!furniture[i]) {
      i++;
      continue;
    }
    let first = i;
    while (first > 0 && lines[first - 1]!.trimmed === "") first--;
    let last = i;
    while (last + 1 < lines.length && (furniture[last + 1] || lines[last + 1]!.trimmed === "")) last++;
    const from = first === 0 ? 0 : lines[first - 1]!.end;
    const to = last + 1 < lines.length ? lines[last + 1]!.start - 1 : text.length;
    for (let k = from; k < to; k++) chars[k] = " ";
    if (to < text.length) chars[to] = "\n";
    // At the start of the text there is no line before to meet: the lines are blanked, their breaks kept.
    if (first === 0) for (let k = 0; k < to; k++) if (text.charCodeAt(k) === 10) chars[k] = "\n";
    i = last + 1;
  }
  return chars.join("");
}
