import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../..");
/** ../shared/fixtures/decisions beside the checkout (CI clones main with shared/ beside it). */
export const decisionsDir = resolve(repoRoot, "../shared/fixtures/decisions");

export function fixturePath(name: string): string {
  return join(decisionsDir, name);
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

export function fixtureNames(): string[] {
  return readdirSync(decisionsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

export interface ExpectedDecision {
  file: string;
  ref: string;
  title: string;
  decisionBy: string | null;
  dateSigned: string | null;
  approvals: {
    pence: number;
    qualifier: string;
    recipient: string | null;
    kind: string;
    start: string | null;
    end: string | null;
  }[];
  allocations?: { line: string; fy: string; pence: number; fundingSource: string | null }[];
  byYear: Record<string, number | null>;
  amounts: number[];
  related: string[];
  findings: { code: string; severity: string; about: string }[];
}

export function expectedDecisions(): ExpectedDecision[] {
  return (JSON.parse(readFileSync(fixturePath("expected.json"), "utf8")) as { decisions: ExpectedDecision[] })
    .decisions;
}
