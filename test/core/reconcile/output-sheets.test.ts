import { describe, expect, it } from "vitest";
import { reconcile } from "../../../src/core/reconcile/reconcile";
import {
  OWNED_SHEETS_MARKER,
  headerSignature,
  ownedSheetNames,
  reconciliationOutputSheets,
} from "../../../src/core/reconcile/output-sheets";
import type { Grid } from "../../../src/core/workbook/grid";
import { allocation, approval, budget, record } from "./records";

describe("reconciliation output sheets", () => {
  const r = reconcile({
    budgetRows: [
      budget("PCD 100", "Drive", "2023/24", 70_00),
      budget("PCD 200", null, "2023/24", 30_00),
      budget("PCD 200", null, "2024/25", 70_00),
    ],
    totals: [],
    decisions: [
      record("PCD 100", { allocations: [allocation("Drive", "2023/24", 60_00)] }),
      record("PCD 200", { approvals: [approval(100_00, "2023-10-01", "2025-03-31")] }),
    ],
  });
  const [rec, findings, profiles] = reconciliationOutputSheets(r);

  it("one Reconciliation row per budget row, money in pence, the status in the status column", () => {
    expect(rec!.name).toBe("Reconciliation");
    expect(rec!.rows).toHaveLength(3);
    const header = rec!.columns.map((c) => c.header);
    const row = rec!.rows[0]!;
    expect(row[header.indexOf("Budget")]).toBe(70_00);
    expect(row[header.indexOf("Variance")]).toBe(10_00);
    expect(row[rec!.statusColumn!]).toBe("OVER");
    expect(row[header.indexOf("Evidence")]).toBe("Drive\t£60");
  });

  it("Profiles lists the suggested profile by FY beside what the budget holds", () => {
    expect(profiles!.rows.map((x) => x[5])).toEqual(["2023/24", "2024/25"]);
    const suggested = profiles!.rows.map((x) => x[8] as number);
    expect(suggested.reduce((s, n) => s + n, 0)).toBe(100_00);
    expect(profiles!.rows.map((x) => x[9])).toEqual([30_00, 70_00]);
    expect(findings!.name).toBe("Findings");
  });

  it("recognises only the sheets its marker lists with their header unchanged", () => {
    const grid = (sheet: string, header: string[]): Grid => ({
      sheet,
      rows: [header],
      origin: { row: 1, col: 1 },
    });
    const sig = headerSignature(rec!.columns.map((c) => c.header));
    const wb = {
      file: "x.xlsx",
      sheets: [
        grid(
          "Reconciliation",
          rec!.columns.map((c) => c.header),
        ),
        grid("Findings", ["My notes"]),
        grid(OWNED_SHEETS_MARKER, ["Sheet", "Purpose"]),
      ],
    };
    wb.sheets[2]!.rows.push(
      ["Reconciliation", sig],
      ["Findings", headerSignature(findings!.columns.map((c) => c.header))],
    );
    expect([...ownedSheetNames(wb)].sort()).toEqual([OWNED_SHEETS_MARKER, "Reconciliation"].sort());
  });
});
