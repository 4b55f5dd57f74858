import type { Pence } from "../money/pence";
import type { IsoDate } from "../thresholds/iso-date";

/** A level of authority, e.g. { id: "DMPC", title: "Deputy Mayor for Policing and Crime", rank: 1 }. */
export interface Level {
  id: string;
  title: string;
  /** Lower rank = more senior; 1 is the most senior. Equal ranks are equally senior. */
  rank: number;
  /** Other ways decisions name the role ("Deputy Mayor, Policing and Crime"). */
  aliases: string[];
  /** Where the level and its place in the ranks are known from, when the scheme says. */
  source?: string;
}

/** A kind of decision the scheme distinguishes, e.g. "business-case", "grant", "tender". */
export interface SchemeKind {
  id: string;
  label: string;
  /** Words an approval may use for this kind ("grant variation" → grant). */
  aliases: string[];
}

export type ThresholdComparison = "at-least" | "more-than";

export interface RuleThreshold {
  pence: Pence;
  /** "at-least": amount ≥ pence ("£500,000 or above"); "more-than": amount > pence ("exceed £500,000"). */
  comparison: ThresholdComparison;
}

/** A rule of the scheme: decisions of `kind` from `threshold` up (null: of any amount) are for `level`. */
export interface DelegationRule {
  kind: string;
  level: string;
  paragraph: string;
  /** The rule in words, without its paragraph. */
  text: string;
  threshold: RuleThreshold | null;
  /**
   * True when the level may call the decision in rather than must approve it ("the DMPC reserves the right to call in
   * any MPS proposal to award a contract for £500,000 or above"): the rule does not decide who must approve.
   */
  callIn?: boolean;
  /** Where the rule is known from (which decisions cite it). */
  source?: string;
}

/** Who decides a kind when no rule of the version applies (usually an officer under a general delegation). */
export interface DelegationFallback {
  kind: string;
  level: string;
  paragraph: string;
  text: string;
  source?: string;
}

/** How far a delegation reaches: "at-most" (amount ≤ pence: "£0.5m or less"), "less-than" (amount < pence: "below £500,000"). */
export interface DelegationLimit {
  pence: Pence;
  comparison: "at-most" | "less-than";
}

/**
 * What a level below the fallback's may approve itself (the Chief Finance Officer's virements of £0.5m or less):
 * decisions of `kind` up to `limit` (null: of any amount) that no rule reserves higher.
 */
export interface OfficerDelegation {
  kind: string;
  level: string;
  paragraph: string;
  text: string;
  limit: DelegationLimit | null;
  source?: string;
}

export interface SchemeVersion {
  inForceFrom: IsoDate;
  /** Last day in force; null for the current version. */
  inForceTo: IsoDate | null;
  source: string;
  rules: DelegationRule[];
  fallbacks: DelegationFallback[];
  /** Officers' own authority below the fallback level; none when the scheme's decisions cite none. */
  delegations: OfficerDelegation[];
}

export interface DelegationScheme {
  name: string;
  body: string;
  note?: string;
  levels: Level[];
  kinds: SchemeKind[];
  /** In date order, contiguous, only the last open-ended (checked on load). */
  versions: SchemeVersion[];
}
