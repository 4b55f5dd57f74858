import type { Pence } from "../money/pence";
import type { DelegationLimit, DelegationScheme, OfficerDelegation } from "./delegation-scheme";
import { delegationLevel, schemeVersionOn, type DelegationQuery } from "./delegation-level";

function within(limit: DelegationLimit | null, amount: Pence): boolean {
  if (limit === null) return true;
  return limit.comparison === "at-most" ? amount <= limit.pence : amount < limit.pence;
}

/**
 * The scheme's delegation that lets this level approve a decision of this kind and amount itself, below the
 * officer its fallback names: the Chief Finance Officer's budget virements of £0.5m or less, which would otherwise
 * fall to the Chief Executive Officer. Null when the version in force has none for the level, the amount is over its
 * limit, or a rule reserves the decision to a level (a delegation never reaches what the scheme reserves).
 *
 * @example officerDelegation(mopacScheme(), "CFO", { amountPence: 50000000 as Pence, kind: "virement", date: "2023-12-15" })
 *   // → { kind: "virement", level: "CFO", text: "Budget virements with an individual value of £0.5m or less …", … }
 */
export function officerDelegation(
  scheme: DelegationScheme,
  levelId: string,
  q: DelegationQuery,
): OfficerDelegation | null {
  const required = delegationLevel(scheme, q);
  if (!required.fallback) return null;
  const version = schemeVersionOn(scheme, q.date);
  return (
    version.delegations.find(
      (d) => d.kind === required.kind && d.level === levelId && within(d.limit, q.amountPence),
    ) ?? null
  );
}
