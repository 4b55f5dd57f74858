import { findDates } from "../dates/find-dates";
import type { DocumentSection, Signature } from "./decision-document";
import { isRoleLine, roleIn } from "./decision-roles";
import { lineIndexAt, type TextLine } from "./text-lines";

/** Sentences that open the decision maker's own block, and the consulted officer's. */
const APPROVER_WORDS =
  /\bhas my approval\b|\bI (?:hereby )?approve\b|\bI confirm I have considered whether\b/gi;
const CONSULTEE_WORDS = /\bI have been consulted\b/gi;
/**
 * The officers' sign-offs of the GLA's form, which come before the Mayor's approval: the Executive Director,
 * Resources' "I confirm that financial and legal implications have been appropriately considered …" and the Chief of
 * Staff's "I am satisfied that this is an appropriate request to be submitted to the Mayor".
 */
const OFFICER_WORDS =
  /\bI confirm that financial and legal implications\b|\bI am satisfied that this is an appropriate request to be submitted\b/gi;
/** The furthest a signature's date is printed after the block's words. */
const DATE_REACH = 400;

interface Marker {
  capacity: Signature["capacity"];
  start: number;
  end: number;
}

/**
 * The signature blocks: the approver's ("The above request has my approval." … "Date 25/10/2022"), the
 * consultee's ("I have been consulted about the proposal …" … "Date 31/10/22") and the GLA form's officers' ("CHIEF
 * OF STAFF: I am satisfied that this is an appropriate request …" … "Date: 21/02/2024"), each with the role heading the
 * block and the first date printed after its words (before the next block or section). A web page's
 * "Date signed: 12 June 2023" is the approver's, with the role from "Decision by:".
 */
export function readSignatures(
  text: string,
  lines: readonly TextLine[],
  sections: readonly DocumentSection[],
): Signature[] {
  const markers = mergeMarkers(
    [
      ...scan(text, APPROVER_WORDS, "approver"),
      ...scan(text, CONSULTEE_WORDS, "consultee"),
      ...scan(text, OFFICER_WORDS, "officer"),
    ],
    lines,
  );
  const out: Signature[] = [];
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k]!;
    const stop = Math.min(
      m.end + DATE_REACH,
      markers[k + 1]?.start ?? text.length,
      nextSectionStart(sections, m.end),
    );
    const window = text.slice(m.end, stop);
    const date = findDates(window).find((d) => d.precision === "day") ?? null;
    const role = roleBefore(lines, m.start);
    out.push({
      role: role?.role ?? "",
      capacity: m.capacity,
      date: date ? date.iso : null,
      roleQuote: role
        ? { quote: role.quote, offset: role.offset }
        : { quote: text.slice(m.start, m.end), offset: m.start },
      dateQuote: date ? { quote: date.quote, offset: m.end + date.offset } : null,
    });
  }
  const web = webSignature(text, lines);
  if (web && !out.some((s) => s.capacity === "approver" && s.date)) out.unshift(web);
  return out;
}

function scan(text: string, pattern: RegExp, capacity: Marker["capacity"]): Marker[] {
  const found: Marker[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ capacity, start: m.index, end: m.index + m[0].length });
    if (found.length > 200) break;
  }
  return found;
}

/**
 * Words of one block close together (within a few hundred characters) are one signature; so are a consultee's words
 * and an officer's sign-off words after them ("I have been consulted … I am satisfied that this is an appropriate
 * request to be submitted to the Chief Executive Officer"). A role heading between them starts another block
 * ("EXECUTIVE DIRECTOR, RESOURCES: I confirm …" then "CHIEF OF STAFF: I am satisfied …").
 */
function mergeMarkers(markers: Marker[], lines: readonly TextLine[]): Marker[] {
  markers.sort((a, b) => a.start - b.start);
  const out: Marker[] = [];
  for (const m of markers) {
    const last = out[out.length - 1];
    const sameBlock =
      last !== undefined &&
      (last.capacity === m.capacity || (last.capacity === "consultee" && m.capacity === "officer")) &&
      m.start - last.end < 600 &&
      !roleHeadingBetween(lines, last.end, m.start);
    if (last && sameBlock) {
      last.end = Math.max(last.end, m.end);
      continue;
    }
    out.push({ ...m });
  }
  return out;
}

/** True when a line that is only a role (a signature block's heading) lies between two offsets. */
function roleHeadingBetween(lines: readonly TextLine[], from: number, to: number): boolean {
  for (let j = lineIndexAt(lines, from) + 1; j < lines.length && lines[j]!.start < to; j++) {
    if (lines[j]!.trimmed && isRoleLine(lines[j]!.trimmed)) return true;
  }
  return false;
}

function nextSectionStart(sections: readonly DocumentSection[], offset: number): number {
  for (const s of sections) {
    if (s.start > offset && s.part !== "approval" && s.part !== "signature") return s.start;
    if (s.start > offset + DATE_REACH) break;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** The role heading the block: a role on its own line within the few lines above the block's words. */
function roleBefore(
  lines: readonly TextLine[],
  offset: number,
): { role: string; quote: string; offset: number } | null {
  const at = lineIndexAt(lines, offset);
  let seen = 0;
  for (let j = at; j >= 0 && seen < 6; j--) {
    const line = lines[j]!;
    if (!line.trimmed) continue;
    if (j !== at) seen++;
    if (j !== at && isRoleLine(line.trimmed)) {
      const r = roleIn(line.trimmed);
      if (r) return { role: r.role, quote: line.trimmed, offset: line.trimStart };
    }
  }
  return null;
}

const dateSignedLabel =
  /^(?:[-•*_ \t]*)date (?:signed|of (?:decision|signature|approval)|approved)[*_ \t]*:[*_ \t]*(.*)$/i;
const decisionByLabel =
  /^(?:[-•*_ \t]*)(?:decision (?:by|maker)|decision-maker|approved by|signed by)[*_ \t]*:[*_ \t]*(.*)$/i;

/** The web page's "Date signed:" (its value on the line, or alone on the next line) with "Decision by:"'s role. */
function webSignature(text: string, lines: readonly TextLine[]): Signature | null {
  let date: { iso: string; quote: string; offset: number } | null = null;
  let role: { role: string; quote: string; offset: number } | null = null;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    const d = dateSignedLabel.exec(line.trimmed);
    if (d && !date) {
      const valueAt = line.trimStart + line.trimmed.length - d[1]!.length;
      let found = findDates(d[1]!).find((x) => x.precision === "day");
      let base = valueAt;
      if (!found && !d[1]!.trim()) {
        const next = lines[i + 1];
        if (next && next.trimmed.length <= 40) {
          const f = findDates(next.trimmed).find((x) => x.precision === "day");
          if (f && f.quote.length >= next.trimmed.length - 2) {
            found = f;
            base = next.trimStart;
          }
        }
      }
      if (found) date = { iso: found.iso, quote: found.quote, offset: base + found.offset };
    }
    const b = decisionByLabel.exec(line.trimmed);
    if (b && !role) {
      let value = b[1]!;
      let valueAt = line.trimStart + line.trimmed.length - value.length;
      const next = lines[i + 1];
      // The web page may put the value alone on the next line ("Decision by:" / "Sophie Linden, Deputy Mayor …").
      if (!value.trim() && next && next.trimmed.length <= 120) {
        value = next.trimmed;
        valueAt = next.trimStart;
      }
      const r = roleIn(value);
      if (r)
        role = {
          role: r.role,
          quote: text.slice(valueAt + r.index, valueAt + r.index + r.length),
          offset: valueAt + r.index,
        };
    }
  }
  if (!date) return null;
  return {
    role: role?.role ?? "",
    capacity: "approver",
    date: date.iso,
    roleQuote: role ? { quote: role.quote, offset: role.offset } : { quote: date.quote, offset: date.offset },
    dateQuote: { quote: date.quote, offset: date.offset },
  };
}
