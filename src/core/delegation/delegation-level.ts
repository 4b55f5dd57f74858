import { ReconcilerError } from "../errors";
import type { Pence } from "../money/pence";
import { formatPence } from "../money/format-money";
import { requireIsoDate, type IsoDate } from "../thresholds/iso-date";
import type {
  DelegationFallback,
  DelegationRule,
  DelegationScheme,
  RuleThreshold,
  SchemeVersion,
} from "./delegation-scheme";
import { resolveKind } from "./scheme-kinds";
import { schemeLevel } from "./scheme-levels";

export interface DelegationQuery {
  amountPence: Pence;
  /** A kind id, label or alias of the scheme ("business-case", "grant", "grant variation"). */
  kind: string;
  /** The date of the decision; without it, the latest version of the scheme is used. */
  date?: IsoDate;
}

export interface DelegationResult {
  /** The level id, e.g. "DMPC". */
  level: string;
  levelTitle: string;
  /** The rule applied, in words, with its paragraph: "… are approved by the DMPC (para 4.8)". */
  rule: string;
  paragraph: string;
  /** The scheme and version: "MOPAC Scheme of Consent and Delegation, version from 2022-04-01". */
  scheme: string;
  /** The scheme's kind id the query resolved to. */
  kind: string;
  /** The amount from which the rule applies, and how (null: the rule covers all amounts, or a fallback applied). */
  threshold: RuleThreshold | null;
  /** True when no rule applied and the kind's fallback decided. */
  fallback: boolean;
  versionFrom: IsoDate;
  versionTo: IsoDate | null;
  /** Where the rule is known from, when the scheme says. */
  source?: string;
  /** A more senior level's right to call the decision in, with its paragraph, where the amount reaches it. */
  callIn?: string;
}

/** The version of the scheme in force on a date (the latest when no date is given). */
export function schemeVersionOn(scheme: DelegationScheme, date?: IsoDate): SchemeVersion {
  if (date === undefined) return scheme.versions[scheme.versions.length - 1]!;
  const day = requireIsoDate(date);
  const found = scheme.versions.find(
    (v) => v.inForceFrom <= day && (v.inForceTo === null || day <= v.inForceTo),
  );
  if (found) return found;
  const first = scheme.versions[0]!;
  const last = scheme.versions[scheme.versions.length - 1]!;
  throw new ReconcilerError(
    "NO_SCHEME_VERSION",
    `${scheme.name} has no version in force on ${day}; its versions cover ${first.inForceFrom} to ${last.inForceTo ?? "the present"}`,
  );
}

function applies(threshold: RuleThreshold | null, amount: Pence): boolean {
  if (threshold === null) return true;
  return threshold.comparison === "at-least" ? amount >= threshold.pence : amount > threshold.pence;
}

function withParagraph(text: string, paragraph: string): string {
  const p = paragraph.trim();
  if (!/^\d/.test(p)) return `${text} (${p})`;
  return `${text} (${p.includes(",") ? "paras" : "para"} ${p})`;
}

/** The scheme's name and the version's start: "MOPAC Scheme of Consent and Delegation, version from 2022-04-01". */
export function schemeLabel(scheme: DelegationScheme, version: SchemeVersion): string {
  return `${scheme.name}, version from ${version.inForceFrom}`;
}

/**
 * Who must approve a decision of this kind and amount under the scheme. The version in force on `date` is used;
 * its rules for the kind are tried most senior level first, and the first whose threshold the amount reaches
 * applies; when none does, the kind's fallback (usually an officer) applies. A rule that only lets a level call the
 * decision in (`callIn`) never decides: it is reported beside the answer.
 *
 * @example delegationLevel(mopacScheme(), { amountPence: 65000000 as Pence, kind: "business-case" })
 *   // → { level: "DMPC", rule: "Business cases for revenue or capital expenditure of £500,000 and above are
 *   //      approved by the DMPC (para 4.8)", paragraph: "4.8", … }
 */
export function delegationLevel(scheme: DelegationScheme, q: DelegationQuery): DelegationResult {
  if (!Number.isSafeInteger(q.amountPence)) {
    throw new ReconcilerError(
      "BAD_MONEY",
      `expected the amount as a whole number of pence, got ${String(q.amountPence)}`,
    );
  }
  if (q.amountPence < 0) {
    // Said in pounds, as the person typed it.
    throw new ReconcilerError(
      "BAD_MONEY",
      `the amount must not be negative, got ${formatPence(q.amountPence as Pence)}`,
    );
  }
  const kind = resolveKind(scheme, q.kind);
  const version = schemeVersionOn(scheme, q.date);
  const rank = (r: DelegationRule) => schemeLevel(scheme, r.level).rank;
  const rules = version.rules
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.kind === kind.id)
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
  // A right to call a decision in does not make the level the one that must approve it (4.14 against 7.23).
  const rule: DelegationRule | undefined = rules.find(
    (r) => !r.callIn && applies(r.threshold, q.amountPence),
  );
  const callIn = rules.find((r) => r.callIn && applies(r.threshold, q.amountPence));
  const chosen: DelegationRule | DelegationFallback | undefined =
    rule ?? version.fallbacks.find((f) => f.kind === kind.id);
  if (!chosen) {
    throw new ReconcilerError(
      "NOT_FOUND",
      `${schemeLabel(scheme, version)} has no rule for ${kind.id} that covers this amount and no fallback for it`,
    );
  }
  const level = schemeLevel(scheme, chosen.level);
  const result: DelegationResult = {
    level: level.id,
    levelTitle: level.title,
    rule: withParagraph(chosen.text, chosen.paragraph),
    paragraph: chosen.paragraph,
    scheme: schemeLabel(scheme, version),
    kind: kind.id,
    threshold: rule ? rule.threshold : null,
    fallback: !rule,
    versionFrom: version.inForceFrom,
    versionTo: version.inForceTo,
  };
  if (chosen.source) result.source = chosen.source;
  if (callIn && rank(callIn) < level.rank) result.callIn = withParagraph(callIn.text, callIn.paragraph);
  return result;
}
