import { ReconcilerError } from "../errors";
import { asPence } from "../money/pence";
import { describeIssues } from "../thresholds/schema-issue";
import type { DelegationScheme } from "./delegation-scheme";
import { schemeSchema } from "./scheme-schema";

/**
 * Validates a scheme of delegation (already parsed from JSON). Any problem → BAD_SCHEME naming the file and the
 * JSON path, e.g. `my-scheme.json: versions[0].rules[2].threshold.pence: expected a whole number of pence, got 500000.5`.
 */
export function loadScheme(json: unknown, file?: string): DelegationScheme {
  const parsed = schemeSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    throw new ReconcilerError("BAD_SCHEME", describeIssues(parsed.error.issues), file ? { file } : {});
  }
  const s = parsed.data;
  return {
    ...s,
    versions: s.versions.map((v) => ({
      ...v,
      rules: v.rules.map((r) => ({
        ...r,
        threshold: r.threshold
          ? { pence: asPence(r.threshold.pence), comparison: r.threshold.comparison }
          : null,
      })),
      delegations: v.delegations.map((d) => ({
        ...d,
        limit: d.limit ? { pence: asPence(d.limit.pence), comparison: d.limit.comparison } : null,
      })),
    })),
  };
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/**
 * Parses the text of a scheme file and validates it. Text that is empty or not JSON → BAD_SCHEME naming the file
 * and, where the JSON engine says, the line and column.
 */
export function parseSchemeText(text: string, file?: string): DelegationScheme {
  const where = file ? { file } : {};
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim())
    throw new ReconcilerError("BAD_SCHEME", "the file is empty; a scheme file is a JSON object", where);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const position = /at position (\d+)/.exec(e instanceof Error ? e.message : "");
    const at = position ? ` (${lineColumn(body, Number(position[1]))})` : "";
    throw new ReconcilerError("BAD_SCHEME", `not valid JSON${at}; a scheme file is a JSON object`, where);
  }
  return loadScheme(json, file);
}
