import { ReconcilerError } from "../errors";
import type { Pence } from "../money/pence";
import { requireIsoDate, type IsoDate } from "./iso-date";
import { thresholdTable, type ThresholdVersion } from "./threshold-table";

/** "services" means supplies and services. */
export type ThresholdCategory = "services" | "works" | "light-touch";
export type ContractingAuthority = "sub-central" | "central";

export const THRESHOLD_CATEGORIES: readonly ThresholdCategory[] = ["services", "works", "light-touch"];
export const CONTRACTING_AUTHORITIES: readonly ContractingAuthority[] = ["sub-central", "central"];

export interface ThresholdQuery {
  date: IsoDate;
  /** Default "services" (supplies and services). */
  category?: ThresholdCategory;
  /** Default "sub-central" (MOPAC is a sub-central authority). */
  authority?: ContractingAuthority;
}

export interface ThresholdResult {
  pence: Pence;
  /** The version's first and last day in force (null: still in force, no later version known). */
  from: IsoDate;
  to: IsoDate | null;
  vatInclusive: boolean;
  source: string;
  category: ThresholdCategory;
  authority: ContractingAuthority;
}

/** The figure a version gives for a category and authority (works and light-touch are the same for both). */
export function thresholdValue(
  v: ThresholdVersion,
  category: ThresholdCategory,
  authority: ContractingAuthority,
): Pence {
  if (category === "works") return v.worksPence;
  if (category === "light-touch") return v.lightTouchPence;
  return authority === "central" ? v.centralServicesPence : v.subCentralServicesPence;
}

/** The version in force on `date`, or NO_THRESHOLD saying which dates the table covers. */
export function thresholdVersionOn(
  date: IsoDate,
  table: readonly ThresholdVersion[] = thresholdTable(),
): ThresholdVersion {
  const found = table.find((v) => v.inForceFrom <= date && (v.inForceTo === null || date <= v.inForceTo));
  if (found) return found;
  const first = table[0];
  const last = table[table.length - 1];
  const covers = first && last ? `${first.inForceFrom} to ${last.inForceTo ?? "the present"}` : "no dates";
  throw new ReconcilerError(
    "NO_THRESHOLD",
    `no procurement threshold is known for ${date}; the table covers ${covers}`,
  );
}

/**
 * The procurement threshold in force on a date.
 *
 * @example procurementThreshold({ date: "2023-09-01" })
 *   // → { pence: 21347700, from: "2022-01-01", to: "2023-12-31", vatInclusive: true, category: "services",
 *   //     authority: "sub-central", source: "… SI 2021/1221 …" }
 */
export function procurementThreshold(
  q: ThresholdQuery,
  table: readonly ThresholdVersion[] = thresholdTable(),
): ThresholdResult {
  const date = requireIsoDate(q.date);
  const category = q.category ?? "services";
  const authority = q.authority ?? "sub-central";
  if (!THRESHOLD_CATEGORIES.includes(category)) {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `unknown threshold category ${JSON.stringify(category)}; expected one of ${THRESHOLD_CATEGORIES.join(", ")}`,
    );
  }
  if (!CONTRACTING_AUTHORITIES.includes(authority)) {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `unknown contracting authority ${JSON.stringify(authority)}; expected one of ${CONTRACTING_AUTHORITIES.join(", ")}`,
    );
  }
  const v = thresholdVersionOn(date, table);
  return {
    pence: thresholdValue(v, category, authority),
    from: v.inForceFrom,
    to: v.inForceTo,
    vatInclusive: v.vatInclusive,
    source: v.source,
    category,
    authority,
  };
}
