/**
 * Decision references as analysts write them in budget sheets and as documents print them, reduced to one form so a
 * budget row and a decision record can be matched: "PCD1234", "pcd-1234", "PCD 1234 Outreach" and "DMPC Decision –
 * PCD 1307" all become "PCD 1307"; leading zeros go ("PCD 0663" → "PCD 663"); the older year style keeps its year
 * ("DMPCD 2014/23" → "DMPCD 2014 23"); "DMPCD143" → "DMPCD 143"; the GLA's are written as its register writes them
 * ("MD 1434" → "MD1434").
 *
 * This is the project's one reference normaliser for cells and free text: the register and the matcher use it, and
 * it reads the same REF_FORMS as the decision extractor, so a reference is spelt the same way everywhere.
 */
import { REF_FORMS, spellRef } from "../decision/decision-ref-forms";

/**
 * How references are written is declared once, as data, in REF_FORMS (which the decision extractor reads documents
 * with); here the same forms are matched regardless of case, because budget sheets write "pcd-1307".
 */
const FORMS = REF_FORMS.map((f) => ({
  series: f.series,
  joined: f.joined,
  pattern: new RegExp(f.pattern.source, "i"),
  // The letters every match of the form starts with ("PCD", "DMPC"): a text without them, in any case, cannot match,
  // so the pattern is not run on it. (Case-insensitive matching without the u flag maps no non-ASCII letter onto an
  // ASCII one, so an upper-cased text holds these letters wherever the pattern could match.)
  letters: /^\\b([A-Z]+)/.exec(f.pattern.source)?.[1] ?? "",
}));

export interface RefAndLine {
  /** The normalised reference, or null where the text holds none. */
  ref: string | null;
  /** What else the text says once the reference is taken out ("Outreach" from "PCD 1234 Outreach"), or null. */
  rest: string | null;
}

interface RefMatch {
  ref: string;
  index: number;
  length: number;
}

function findRef(text: string): RefMatch | null {
  let best: RefMatch | null = null;
  const upper = text.toUpperCase();
  for (const form of FORMS) {
    if (!upper.includes(form.letters)) continue;
    const m = form.pattern.exec(text);
    if (!m) continue;
    if (best !== null && (m.index > best.index || (m.index === best.index && m[0].length <= best.length)))
      continue;
    best = {
      ref: spellRef(form, m.groups?.num ?? "0", m.groups?.year),
      index: m.index,
      length: m[0].length,
    };
  }
  return best;
}

/**
 * The decision reference in `text`, normalised, or null where there is none.
 *
 * @example normaliseRef("pcd-1307") // "PCD 1307"
 * @example normaliseRef("DMPCD 2014/23") // "DMPCD 2014 23"
 */
export function normaliseRef(text: string): string | null {
  return findRef(text)?.ref ?? null;
}

/**
 * Splits a cell such as "PCD 1234 Outreach" or "PCD1307 – S-TAC" into the reference and the rest, which is a hint at
 * the budget line.
 *
 * @example splitRefAndLine("PCD 1234 Outreach") // { ref: "PCD 1234", rest: "Outreach" }
 */
export function splitRefAndLine(text: string): RefAndLine {
  const bare = barePcdNumber(text);
  return bare < 0 ? splitByForms(text) : { ref: pcdRef(bare), rest: null };
}

/** splitRefAndLine by every form in REF_FORMS: the general reading, for any cell. */
export function splitByForms(text: string): RefAndLine {
  const found = findRef(text);
  if (!found) {
    const rest = tidyRest(text);
    return { ref: null, rest };
  }
  const rest = tidyRest(text.slice(0, found.index) + " " + text.slice(found.index + found.length));
  return { ref: found.ref, rest };
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * The number of a cell that holds a PCD reference and nothing else ("PCD 1307", "pcd-1307", "PCD0099" → 99), the
 * way most budget sheets write it, read character by character; -1 for any other cell, which splitByForms reads.
 * It accepts exactly what the PCD form of REF_FORMS matches when the match is the whole cell (blanks aside), and
 * gives the same reference (a test holds the two readings equal).
 */
export function barePcdNumber(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  // "PCD" in any case: c | 32 folds an ASCII capital onto its small letter, and nothing else onto p, c or d.
  if (
    i + 3 >= n ||
    (text.charCodeAt(i) | 32) !== 112 ||
    (text.charCodeAt(i + 1) | 32) !== 99 ||
    (text.charCodeAt(i + 2) | 32) !== 100
  )
    return -1;
  i += 3;
  // The gap REF_FORMS allows: a blank, a hyphen or en dash, a blank, each optional.
  if (isBlank(text.charCodeAt(i))) i++;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 0x2013) i++;
  if (isBlank(text.charCodeAt(i))) i++;
  const from = i;
  let num = 0;
  for (c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) num = num * 10 + (c - 48);
  if (i === from || i - from > 5) return -1;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  return i === n ? num : -1;
}

/** The normalised reference of a PCD number: 1307 → "PCD 1307". */
export function pcdRef(num: number): string {
  return `PCD ${num}`;
}

/** The number of a normalised PCD reference, as pcdRef writes it ("PCD 1307" → 1307); -1 for any other text. */
export function pcdRefNumber(ref: string): number {
  const n = ref.length;
  if (n < 5 || n > 9 || !ref.startsWith("PCD ")) return -1;
  if (ref.charCodeAt(4) === 48 && n > 5) return -1; // "PCD 0099" is not how pcdRef writes 99
  let num = 0;
  for (let i = 4; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    num = num * 10 + (c - 48);
  }
  return num;
}

function tidyRest(text: string): string | null {
  const t = text
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—:;,.()[\]/|]+|[\s\-–—:;,.()[\]/|]+$/g, "")
    .trim();
  return t === "" ? null : t;
}
