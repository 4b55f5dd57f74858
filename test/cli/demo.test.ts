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

  it("reads as an analyst needs: what to do per status, the resolution applied with its reason, every row to act on", async () => {
    const r = await cli(["demo"], { cwd: repoRoot });
    const text = r.stdout;
    // Each status line says what to do.
    expect(text).toMatch(/^OVER\s+2\s+£445,000\.00\s+budget above the approval: reduce it/m);
    expect(text).toMatch(/^NO_DECISION\s+4\s+£505,000\.00\s+no approval found/m);
    // The analyst's resolution is shown as such, with its cell and reason.
    expect(text).toMatch(
      /Resolutions from the Decisions register[^\n]*\n\s+PCD 1307 2023\/24, 4 rows \(Decisions!A2, figure £1,360,000\.00\): "PCD 1307 2023\/24 confirmed at £1,360,000/,
    );
    // Every row needing attention is listed (15 in the example); rows checked together are listed once.
    expect(text).toContain("Rows needing attention: 15\n");
    expect(text).toContain(
      "Forward plan!D4, Forward plan!D5, Forward plan!D6  UNPROFILED  PCD 1732 approves £780,000",
    );
    expect(text).toContain(
      "Budget 2023-25!D7  OVER  PCD 1307 MAPPA 2023/24: budget £45,000 against £40,000 approved (over by £5,000)",
    );
    // The decision's error says how far the analyst's note reaches.
    expect(text).toContain("settles it only for 2023/24 (Decisions!A2)");
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
