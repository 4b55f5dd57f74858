/**
 * How decision references are written, as data: each form is a pattern and how to spell the reference it finds
 * in the normalised form ("PCD 1234", "DMPCD 2014 23"). New bodies' series are added here, nowhere else.
 *
 * - "PCD 1234", "PCD1234", "PCD-1234", "PCD 0099" (leading zeros go): MOPAC's Policing and Crime Decisions.
 * - "DMPCD 2014 23", "DMPCD 2014/23", "DMPCD143": the older Deputy Mayor for Policing and Crime Decisions; the
 *   year is kept where written.
 * - "DMPC Decision 2014 143", "DMPC PDC 174": the same older series written out or misspelt.
 * - "MD2345", "DD1234", "ADD567", "DMFD 12": the GLA's Mayoral, Director and Assistant Director decisions, and the
 *   Deputy Mayor for Fire's. The GLA's register writes the first three with no space ("MD1434"), so they are spelt
 *   that way however the text writes them ("MD 1434", "MD-1434"); MOPAC's keep theirs ("PCD 1307").
 */
export interface RefForm {
  /** Global, sticky-free pattern; group "year" (optional) and "num" carry the parts. */
  pattern: RegExp;
  series: string;
  /** The register writes the number straight after the series: "MD1434", not "MD 1434". */
  joined?: boolean;
}

/** The normalised reference of a form's match: "PCD 1307", "DMPCD 2014 23", "MD1434" (leading zeros gone). */
export function spellRef(form: RefForm, num: string, year: string | null | undefined): string {
  const n = String(Number(num));
  if (form.joined) return `${form.series}${n}`;
  return year ? `${form.series} ${year} ${n}` : `${form.series} ${n}`;
}

const gap = "[ \\t]?[-–]?[ \\t]?";
const yearPart = "(?:(?<year>(?:19|20)\\d\\d)[ \\t]*[/ \\t-][ \\t]*)?";

export const REF_FORMS: readonly RefForm[] = [
  { series: "PCD", pattern: new RegExp(`\\bPCD${gap}(?<num>\\d{1,5})\\b`, "g") },
  { series: "DMPCD", pattern: new RegExp(`\\bDMPCD${gap}${yearPart}(?<num>\\d{1,4})\\b`, "g") },
  {
    series: "DMPCD",
    pattern: new RegExp(
      `\\bDMPC[ \\t]+(?:Decision|DECISION|PDC|D)[ \\t]*(?:No\\.?[ \\t]*)?${yearPart}(?<num>\\d{1,4})\\b`,
      "g",
    ),
  },
  { series: "MD", pattern: new RegExp(`\\bMD${gap}(?<num>\\d{3,5})\\b`, "g"), joined: true },
  { series: "DD", pattern: new RegExp(`\\bDD${gap}(?<num>\\d{3,5})\\b`, "g"), joined: true },
  { series: "ADD", pattern: new RegExp(`\\bADD${gap}(?<num>\\d{3,5})\\b`, "g"), joined: true },
  { series: "DMFD", pattern: /\bDMFD[ \t]?(?<num>\d{1,4})\b/g },
];

/** Labels that introduce a document's own reference: "Reference code: PCD 99", "Decision number: MD2345". */
export const OWN_REF_LABEL =
  /^(?:[#*_ \t]*)(?:reference(?: code| number| no\.?)?|decision (?:reference|ref\.?|number|no\.?)|ref(?:erence)?\.?(?: no\.?)?|our ref)[*_ \t]*[:–-]/i;

/** Words that, before a reference on a short heading line, make it the document's own: "DMPC Decision – PCD 1234". */
export const OWN_REF_HEADING = /\b(?:decision|determination|approval)\b[*_ \t]*[:–-]?[*_ \t]*$/i;
