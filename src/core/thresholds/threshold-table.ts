import { z } from "../schema";
import "../zod-settings";
import { ReconcilerError } from "../errors";
import { asPence, type Pence } from "../money/pence";
import { isIsoDate, type IsoDate } from "./iso-date";
import { QUOTED, describeIssues } from "./schema-issue";
import { checkVersionRanges } from "./version-ranges";
import bundled from "./procurement-thresholds.json";

/** From this date the thresholds include VAT (SI 2021/1221 reg 3(3)); before it they were net of VAT. */
export const VAT_INCLUSIVE_FROM: IsoDate = "2022-01-01";

const isoDate = z
  .string({ error: "expected an ISO date YYYY-MM-DD" })
  .refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });
const pence = z
  .number({ error: "expected a whole number of pence" })
  .int({ error: "expected a whole number of pence" })
  .positive({ error: "expected a positive whole number of pence" });

const versionSchema = z.strictObject({
  inForceFrom: isoDate,
  inForceTo: isoDate.nullable(),
  vatInclusive: z.boolean({ error: "expected true or false" }),
  centralServicesPence: pence,
  subCentralServicesPence: pence,
  worksPence: pence,
  lightTouchPence: pence,
  source: z
    .string({ error: "expected the legal source as text" })
    .min(1, { error: "expected the legal source as text" }),
});

export const thresholdTableSchema = z
  .strictObject({
    title: z.string().optional(),
    note: z.string().optional(),
    versions: z
      .array(versionSchema, { error: "expected a list of versions" })
      .min(1, { error: "expected at least one version" }),
  })
  .superRefine((table, ctx) => {
    checkVersionRanges(table.versions, ctx);
    table.versions.forEach((v, i) => {
      const shouldInclude = v.inForceFrom >= VAT_INCLUSIVE_FROM;
      const straddles = !shouldInclude && (v.inForceTo === null || v.inForceTo >= VAT_INCLUSIVE_FROM);
      if (straddles) {
        ctx.addIssue({
          code: "custom",
          params: QUOTED,
          path: ["versions", i, "inForceTo"],
          message: `a version may not straddle ${VAT_INCLUSIVE_FROM}, when thresholds became VAT-inclusive`,
        });
      } else if (v.vatInclusive !== shouldInclude) {
        ctx.addIssue({
          code: "custom",
          params: QUOTED,
          path: ["versions", i, "vatInclusive"],
          message: `must be ${String(shouldInclude)} for a version from ${v.inForceFrom}: thresholds include VAT from ${VAT_INCLUSIVE_FROM}`,
        });
      }
    });
  });

/** One dated version of the thresholds, in whole pence. */
export interface ThresholdVersion {
  inForceFrom: IsoDate;
  inForceTo: IsoDate | null;
  vatInclusive: boolean;
  centralServicesPence: Pence;
  subCentralServicesPence: Pence;
  worksPence: Pence;
  lightTouchPence: Pence;
  source: string;
}

/** Validates a thresholds table (the JSON shape of procurement-thresholds.json); bad data → BAD_ARGUMENT naming the path. */
export function loadThresholdTable(json: unknown, file = "procurement-thresholds.json"): ThresholdVersion[] {
  const parsed = thresholdTableSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    throw new ReconcilerError("BAD_ARGUMENT", describeIssues(parsed.error.issues), { file });
  }
  return parsed.data.versions.map((v) => ({
    ...v,
    centralServicesPence: asPence(v.centralServicesPence),
    subCentralServicesPence: asPence(v.subCentralServicesPence),
    worksPence: asPence(v.worksPence),
    lightTouchPence: asPence(v.lightTouchPence),
  }));
}

let cached: ThresholdVersion[] | undefined;

/** The bundled table (procurement-thresholds.json), validated once. */
export function thresholdTable(): readonly ThresholdVersion[] {
  cached ??= loadThresholdTable(bundled);
  return cached;
}
