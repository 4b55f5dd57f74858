import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDecision } from "../../src/core/decision/extract-decision";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { registerFromDecision } from "../../src/core/register/register-from-decisions";
import {
  readRegisterCells,
  registerRowCells,
  REGISTER_SOURCE_COLUMN,
} from "../../src/core/register/register-sheet-cells";
import type { Grid } from "../../src/core/workbook/grid";
import { needsAnswer, planImport } from "../../src/taskpane/import-plan";

/**
 * What the Import view offers to write when a decision is already in the register (no browser needed): rows the
 * add-in wrote may be replaced after asking; rows an analyst wrote or edited are kept, whatever the decision says.
 */
const text = readFileSync(resolve(__dirname, "../../../shared/fixtures/decisions/pcd-1307.txt"), "utf8");
const original = extractDecision(text, "pcd-1307.txt");
const revised = extractDecision(
  text.replace(
    "Drug Testing in Police Custody\t£470,000\t£470,000",
    "Drug Testing in Police Custody\t£480,000\t£470,000",
  ),
  "pcd-1307 revised.txt",
);

/** The register sheet as the add-in writes it, with the MAPPA 2023/24 figure then typed over by an analyst. */
function registerSheet(): Grid {
  const rows = registerFromDecision(original).map(registerRowCells);
  const approved = REGISTER_COLUMNS.indexOf("Approved");
  const mappa = rows.find((r) => r[1] === "MAPPA" && r[2] === "2023/24");
  if (!mappa) throw new Error("the fixture has no MAPPA 2023/24 allocation");
  mappa[approved] = 45000;
  return {
    sheet: "Decisions",
    rows: [[...REGISTER_COLUMNS, REGISTER_SOURCE_COLUMN], ...rows],
    origin: { row: 1, col: 1 },
  };
}

describe("planning an import into the register", () => {
  it("adds every row of a decision the register lacks, asking nothing", () => {
    const plan = planImport(original, []);
    expect(plan.added.length).toBe(registerFromDecision(original).length);
    expect(needsAnswer(plan)).toBe(false);
  });

  it("offers to replace the add-in's rows that differ, and keeps the analyst's", () => {
    const register = readRegisterCells(registerSheet()).rows;
    expect(register.filter((r) => r.writtenBy === "analyst").map((r) => `${r.row.line} ${r.row.fy}`)).toEqual(
      ["MAPPA 2023/24"],
    );
    const plan = planImport(revised, register);
    expect(needsAnswer(plan)).toBe(true);
    expect(plan.added).toEqual([]);
    expect(plan.replaceable.map((c) => [c.incoming.line, c.incoming.fy, c.differences])).toEqual([
      [
        "Drug Testing in Police Custody",
        "2023/24",
        [{ field: "approvedPence", register: 47000000, decision: 48000000 }],
      ],
    ]);
    expect(plan.kept.map((c) => [c.incoming.line, c.incoming.fy, c.existing.writtenBy])).toEqual([
      ["MAPPA", "2023/24", "analyst"],
    ]);
  });

  it("asks before adding a row beside the decision's rows when an analyst moved one to another year", () => {
    const rows = registerFromDecision(original).map(registerRowCells);
    const fyColumn = REGISTER_COLUMNS.indexOf("FY");
    const drive = rows.find((r) => r[1] === "Drive" && r[fyColumn] === "2024/25");
    if (!drive) throw new Error("the fixture has no Drive 2024/25 allocation");
    drive[fyColumn] = "2025/26";
    const grid: Grid = {
      sheet: "Decisions",
      rows: [[...REGISTER_COLUMNS, REGISTER_SOURCE_COLUMN], ...rows],
      origin: { row: 1, col: 1 },
    };
    const plan = planImport(original, readRegisterCells(grid).rows);
    expect(plan.added.map((r) => `${r.line} ${r.fy}`)).toEqual(["Drive 2024/25"]);
    expect(plan.existing.length).toBe(rows.length);
    expect(needsAnswer(plan)).toBe(true);
  });

  it("asks nothing when the register already holds the decision as it is", () => {
    const untouched = registerFromDecision(original).map(registerRowCells);
    const grid: Grid = {
      sheet: "Decisions",
      rows: [[...REGISTER_COLUMNS, REGISTER_SOURCE_COLUMN], ...untouched],
      origin: { row: 1, col: 1 },
    };
    const plan = planImport(original, readRegisterCells(grid).rows);
    expect(needsAnswer(plan)).toBe(false);
    expect(plan.unchanged.length).toBe(untouched.length);
  });
});
