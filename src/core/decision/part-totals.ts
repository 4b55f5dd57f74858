/**
 * A row that adds up one part of a table, named by the part and then the word: "Capital subtotal", "Revenue
 * sub-total", "Capital total", "Staff costs total". The words before "subtotal" may be anything (a subtotal is
 * never a budget line); before "total" they must be the part's own name, the label of the section the row closes,
 * or a word that names a part of a costs table ("Capital", "Revenue", "One-off costs"), so that a line merely ending
 * in "total" is not taken for one.
 */
export function isPartTotal(label: string, partName: string | null, partWords: RegExp): boolean {
  const text = label.replace(/\*\*/g, "").trim();
  if (/\S[ \t]+sub[- ]?totals?[ \t]*:?$/i.test(text)) return true;
  const m = /^(.+?)[ \t]+totals?[ \t]*:?$/i.exec(text);
  if (!m) return false;
  const before = m[1]!.trim().replace(/:$/, "");
  const part = partName?.replace(/\*\*/g, "").trim().replace(/:$/, "") ?? "";
  return (part !== "" && before.toLowerCase() === part.toLowerCase()) || partWords.test(before);
}
