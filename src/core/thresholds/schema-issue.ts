import type { z } from "zod";

/**
 * Turns zod's issues into one line a person can act on: the JSON path of the bad value as they would write it
 * (`versions[0].rules[2].threshold.pence`), what was expected, and the value found.
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(the whole file)";
}

function quoteValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * One issue as `path: message, got VALUE` (or `path: missing; message` when the field is absent). Custom issues
 * added by cross-field checks should pass `params: QUOTED` so the whole object is not quoted after them.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = jsonPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  }
  const hasInput = "input" in issue;
  const input: unknown = hasInput ? (issue as { input?: unknown }).input : undefined;
  if (issue.code === "invalid_type" && input === undefined) return `${where}: missing; ${issue.message}`;
  // Checks across fields (superRefine) say what they found in their message and mark it with params.quoted.
  const quoted =
    issue.code === "custom" && (issue.params as { quoted?: boolean } | undefined)?.quoted === true;
  if (!hasInput || quoted) return `${where}: ${issue.message}`;
  return `${where}: ${issue.message}, got ${quoteValue(input)}`;
}

/** The first issue, and how many more there are, as one line. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first, ...rest] = issues;
  if (!first) return "invalid";
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
  return describeIssue(first) + more;
}

/** Pass as `params` to ctx.addIssue when the message already names the bad value. */
export const QUOTED = { quoted: true } as const;
