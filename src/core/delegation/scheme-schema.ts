import { z } from "../schema";
import "../zod-settings";
import { isIsoDate } from "../thresholds/iso-date";
import { QUOTED } from "../thresholds/schema-issue";
import { checkVersionRanges } from "../thresholds/version-ranges";

/**
 * The shape of a scheme-of-delegation file (JSON). See docs/delegation.md for a worked example.
 *
 * - `levels`: who can decide, each with a `rank` (1 = most senior) and the `aliases` decisions use for the role.
 * - `kinds`: what is being decided (business case, grant, tender, …), with the words that mean it.
 * - `versions`: the scheme as in force over a period; each holds `rules` (a kind, a level, the paragraph, the rule
 *   in words and the amount from which it applies, or null for all amounts; `callIn` when the level may only call the
 *   decision in), `fallbacks` (who decides a kind
 *   when no rule applies) and `delegations` (what a level below the fallback's may approve itself, up to a limit).
 */
const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what} as text, not empty` });

const isoDate = z
  .string({ error: "expected an ISO date YYYY-MM-DD" })
  .refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

const id = z
  .string({ error: "expected an id as text" })
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: "expected an id of letters, digits and hyphens" });

export const levelSchema = z.strictObject({
  id,
  title: text("the level's title"),
  rank: z
    .number({ error: "expected a whole-number rank (1 = most senior)" })
    .int({ error: "expected a whole-number rank (1 = most senior)" })
    .positive({ error: "expected a whole-number rank (1 = most senior)" }),
  aliases: z.array(text("an alias"), { error: "expected a list of aliases" }).default([]),
  source: text("the source").optional(),
});

export const kindSchema = z.strictObject({
  id,
  label: text("the kind's label"),
  aliases: z.array(text("an alias"), { error: "expected a list of aliases" }).default([]),
});

export const thresholdSchema = z.strictObject({
  pence: z
    .number({ error: "expected a whole number of pence" })
    .int({ error: "expected a whole number of pence" })
    .nonnegative({ error: "expected a whole number of pence, not negative" }),
  comparison: z.enum(["at-least", "more-than"], { error: 'expected "at-least" or "more-than"' }),
});

export const ruleSchema = z.strictObject({
  kind: id,
  level: id,
  paragraph: text("the paragraph"),
  text: text("the rule in words"),
  threshold: thresholdSchema.nullable(),
  callIn: z.boolean({ error: "expected true or false" }).optional(),
  source: text("the source").optional(),
});

export const fallbackSchema = z.strictObject({
  kind: id,
  level: id,
  paragraph: text("the paragraph"),
  text: text("the rule in words"),
  source: text("the source").optional(),
});

export const delegationSchema = z.strictObject({
  kind: id,
  level: id,
  paragraph: text("the paragraph"),
  text: text("the delegation in words"),
  limit: z
    .strictObject({
      pence: z
        .number({ error: "expected a whole number of pence" })
        .int({ error: "expected a whole number of pence" })
        .nonnegative({ error: "expected a whole number of pence, not negative" }),
      comparison: z.enum(["at-most", "less-than"], { error: 'expected "at-most" or "less-than"' }),
    })
    .nullable(),
  source: text("the source").optional(),
});

export const versionSchema = z.strictObject({
  inForceFrom: isoDate,
  inForceTo: isoDate.nullable(),
  source: text("the version's source"),
  rules: z.array(ruleSchema, { error: "expected a list of rules" }),
  fallbacks: z.array(fallbackSchema, { error: "expected a list of fallbacks" }).default([]),
  delegations: z.array(delegationSchema, { error: "expected a list of delegations" }).default([]),
});

function duplicates(ids: readonly string[]): { index: number; id: string }[] {
  const seen = new Set<string>();
  const out: { index: number; id: string }[] = [];
  ids.forEach((x, index) => {
    if (seen.has(x)) out.push({ index, id: x });
    seen.add(x);
  });
  return out;
}

export const schemeSchema = z
  .strictObject({
    name: text("the scheme's name"),
    body: text("the body the scheme belongs to"),
    note: z.string().optional(),
    levels: z
      .array(levelSchema, { error: "expected a list of levels" })
      .min(1, { error: "expected at least one level" }),
    kinds: z
      .array(kindSchema, { error: "expected a list of kinds" })
      .min(1, { error: "expected at least one kind" }),
    versions: z
      .array(versionSchema, { error: "expected a list of versions" })
      .min(1, { error: "expected at least one version" }),
  })
  .superRefine((s, ctx) => {
    for (const d of duplicates(s.levels.map((l) => l.id))) {
      ctx.addIssue({
        code: "custom",
        params: QUOTED,
        path: ["levels", d.index, "id"],
        message: `level "${d.id}" is defined twice`,
      });
    }
    for (const d of duplicates(s.kinds.map((k) => k.id))) {
      ctx.addIssue({
        code: "custom",
        params: QUOTED,
        path: ["kinds", d.index, "id"],
        message: `kind "${d.id}" is defined twice`,
      });
    }
    checkVersionRanges(s.versions, ctx);
    const levels = s.levels.map((l) => l.id);
    const kinds = s.kinds.map((k) => k.id);
    s.versions.forEach((v, vi) => {
      const refs = [
        ...v.rules.map((r, i) => ({ r, at: ["versions", vi, "rules", i] as PropertyKey[] })),
        ...v.fallbacks.map((r, i) => ({ r, at: ["versions", vi, "fallbacks", i] as PropertyKey[] })),
        ...v.delegations.map((r, i) => ({ r, at: ["versions", vi, "delegations", i] as PropertyKey[] })),
      ];
      for (const { r, at } of refs) {
        if (!kinds.includes(r.kind)) {
          ctx.addIssue({
            code: "custom",
            params: QUOTED,
            path: [...at, "kind"],
            message: `unknown kind "${r.kind}"; the scheme's kinds are ${kinds.join(", ")}`,
          });
        }
        if (!levels.includes(r.level)) {
          ctx.addIssue({
            code: "custom",
            params: QUOTED,
            path: [...at, "level"],
            message: `unknown level "${r.level}"; the scheme's levels are ${levels.join(", ")}`,
          });
        }
      }
      for (const d of duplicates(v.fallbacks.map((f) => f.kind))) {
        ctx.addIssue({
          code: "custom",
          params: QUOTED,
          path: ["versions", vi, "fallbacks", d.index, "kind"],
          message: `kind "${d.id}" has more than one fallback in this version`,
        });
      }
    });
  });

export type SchemeJson = z.output<typeof schemeSchema>;
