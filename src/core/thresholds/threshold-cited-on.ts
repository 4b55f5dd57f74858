import type { Pence } from "../money/pence";
import { requireIsoDate, type IsoDate } from "./iso-date";
import {
  CONTRACTING_AUTHORITIES,
  THRESHOLD_CATEGORIES,
  procurementThreshold,
  thresholdValue,
  type ContractingAuthority,
  type ThresholdCategory,
  type ThresholdResult,
} from "./procurement-threshold";
import { thresholdTable, type ThresholdVersion } from "./threshold-table";

/**
 * A period over which a figure was the threshold for one category. `authority` is "all" for works and light-touch,
 * whose thresholds are the same for central and sub-central authorities. Consecutive versions with the same
 * figure are merged (light-touch £663,540 runs from 2020-01-01 on).
 */
export interface ThresholdMatch {
  from: IsoDate;
  to: IsoDate | null;
  category: ThresholdCategory;
  authority: ContractingAuthority | "all";
}

export interface CitedThreshold {
  /** The cited figure was a threshold in force on the date (for some category and authority). */
  inForce: boolean;
  /**
   * The threshold in force on the date, for the category and authority of the cited figure (the first match when
   * it is in force, or else the first version it belongs to), or services/sub-central when it matches none.
   */
  inForceValue: ThresholdResult;
  /** Every period in which the cited figure was a threshold, oldest first. */
  matchingVersions: ThresholdMatch[];
}

function authoritiesFor(category: ThresholdCategory): (ContractingAuthority | "all")[] {
  return category === "services" ? [...CONTRACTING_AUTHORITIES] : ["all"];
}

function matchesOf(cited: Pence, table: readonly ThresholdVersion[]): ThresholdMatch[] {
  const out: ThresholdMatch[] = [];
  for (const category of THRESHOLD_CATEGORIES) {
    for (const authority of authoritiesFor(category)) {
      let open: ThresholdMatch | undefined;
      for (const v of table) {
        const value = thresholdValue(v, category, authority === "all" ? "sub-central" : authority);
        if (value !== cited) {
          open = undefined;
          continue;
        }
        if (open) open.to = v.inForceTo;
        else {
          open = { from: v.inForceFrom, to: v.inForceTo, category, authority };
          out.push(open);
        }
      }
    }
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * Says whether a threshold figure cited in a decision was the one in force on a date, and which version(s) it
 * belongs to.
 *
 * @example thresholdCitedOn(18130200 as Pence, "2023-09-01")
 *   // → { inForce: false, inForceValue: { pence: 21347700, from: "2022-01-01", … },
 *   //     matchingVersions: [{ from: "2018-01-01", to: "2019-12-31", category: "services", authority: "sub-central" }] }
 */
export function thresholdCitedOn(
  citedPence: Pence,
  date: IsoDate,
  table: readonly ThresholdVersion[] = thresholdTable(),
): CitedThreshold {
  requireIsoDate(date);
  const matchingVersions = matchesOf(citedPence, table);
  const inForceNow = matchingVersions.find((m) => m.from <= date && (m.to === null || date <= m.to));
  const basis = inForceNow ?? matchingVersions[0];
  const category = basis?.category ?? "services";
  const authority = !basis || basis.authority === "all" ? "sub-central" : basis.authority;
  return {
    inForce: inForceNow !== undefined,
    inForceValue: procurementThreshold({ date, category, authority }, table),
    matchingVersions,
  };
}
