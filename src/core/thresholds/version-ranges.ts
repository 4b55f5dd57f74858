import type { z } from "zod";
import { QUOTED } from "./schema-issue";
import { dayAfter, type IsoDate } from "./iso-date";

export interface DatedVersion {
  inForceFrom: IsoDate;
  inForceTo: IsoDate | null;
}

/**
 * Checks that dated versions follow one another with no gap and no overlap: each ends on or after its start, the
 * next starts the day after it ends, and only the last may be open-ended (inForceTo null). Problems are added to
 * `ctx` at the path of the offending field, e.g. `versions[1].inForceFrom`.
 */
export function checkVersionRanges(
  versions: readonly DatedVersion[],
  ctx: z.core.$RefinementCtx,
  at = "versions",
): void {
  versions.forEach((v, i) => {
    if (v.inForceTo !== null && v.inForceTo < v.inForceFrom) {
      ctx.addIssue({
        code: "custom",
        params: QUOTED,
        path: [at, i, "inForceTo"],
        message: `ends (${v.inForceTo}) before it starts (${v.inForceFrom})`,
      });
    }
    const next = versions[i + 1];
    if (!next) return;
    if (v.inForceTo === null) {
      ctx.addIssue({
        code: "custom",
        params: QUOTED,
        path: [at, i, "inForceTo"],
        message: `is null (open-ended) but ${at}[${i + 1}] follows it; only the last version may be open-ended`,
      });
      return;
    }
    const expected = dayAfter(v.inForceTo);
    if (next.inForceFrom === expected) return;
    const earlier = next.inForceFrom < expected;
    ctx.addIssue({
      code: "custom",
      params: QUOTED,
      path: [at, i + 1, "inForceFrom"],
      message: earlier
        ? `${next.inForceFrom} overlaps ${at}[${i}] (${v.inForceFrom} to ${v.inForceTo}); versions must be in date order, each starting the day after the one before ends (${expected})`
        : `${next.inForceFrom} leaves a gap after ${at}[${i}] (${v.inForceFrom} to ${v.inForceTo}); it should start on ${expected}`,
    });
  });
}
