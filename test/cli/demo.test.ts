import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, json } from "../helpers/cli";
import { repoRoot } from "../helpers/fixtures";

describe("demo", () => {
  it("reconciles the example, shows the PCD 1513 profile, delegation levels and thresholds, and exits 0", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "demo-")), "demo.xlsx");
    const r = await cli(["demo", "--out", out], { cwd: repoRoot });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PCD 1513 £1,013,030 over 2023-10-01 to 2025-03-31/);
    expect(r.stdout).toMatch(/2023\/24\s+£337,676\.67/);
    expect(r.stdout).toContain("delegation: DMPC");
    expect(r.stdout).toContain("procurement threshold");
    expect(r.stdout).toContain("DECISION_INCONSISTENT");
    expect(existsSync(out)).toBe(true);
  });

  it("runs from another working directory, and --json prints one document", async () => {
    const r = await cli(["demo", "--json"], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    const doc = json(r);
    expect(doc.rows.length).toBeGreaterThan(10);
    expect(doc.delegation.map((d: any) => d.ref)).toContain("PCD 1513");
    expect(existsSync(doc.out)).toBe(true);
  });
});
