/**
 * "c." as the label of a list's third item ("a. £450k …; b. £300k …; and c. £0.2m from …"), not "circa". MOPAC
 * Recommendations letter their items a./b./c. as often as they write "c. £2m" for an estimate, so "c." counts as a
 * label only where it stands where a label stands (it opens a line, or follows a list's ";" or ":", with "and" or
 * "or") and an item "b." stands so before it, within the list.
 */

/** Before a label on its line: nothing but spaces and an opening bracket. */
const LINE_OPENING = /^[ \t]*\(?$/;
/** Before a label within a line: a list's ";" or ":", then "and" or "or". */
const AFTER_LIST_MARK = /[;:][ \t]*(?:(?:and|or)[ \t]+)?\(?$/i;
/** An item "b." (or "b)") where a label stands. */
const ITEM_B = /(?:^|\n)[ \t]*\(?b[.)][ \t]|[;:][ \t\n]*(?:(?:and|or)[ \t\n]+)?\(?b[.)][ \t]/i;
/** How far back the list's item "b." may be. */
const LIST_REACH = 1500;

/** True where the "c" at `at` (followed by "." or ")") labels a list item rather than standing for "circa". */
export function isListLabelC(text: string, at: number): boolean {
  if (!/^[cC][.)]/.test(text.slice(at, at + 2))) return false;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lead = text.slice(Math.max(lineStart, at - 40), at);
  const placed = (lineStart >= at - 40 && LINE_OPENING.test(lead)) || AFTER_LIST_MARK.test(lead);
  if (!placed) return false;
  const from = Math.max(0, at - LIST_REACH);
  // A window cut mid-line must not read its cut as a line's start.
  const window = text.slice(from === 0 ? 0 : text.indexOf("\n", from) + 1 || at, at);
  return ITEM_B.test(window);
}
