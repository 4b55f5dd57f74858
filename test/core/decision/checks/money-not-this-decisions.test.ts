import { describe, expect, it } from "vitest";
import { approvalKind } from "../../../../src/core/decision/approval-words";
import { isChangeTable, readTables } from "../../../../src/core/decision/read-table";
import { check, decisionText, withCode } from "./check-helpers";

// What the Financial Comments say of a year is compared with the decided table only where it is this decision's
// commitment: not money another decision pays for, a budget's headroom, an underspend, or a before-and-after table.

const contract = (sentence: string): string =>
  decisionText({
    summary:
      "This decision approves the award of a contract for the appropriate adult service at £1,140,000.",
    recommendation:
      "1. Approve the award of a contract to The Appropriate Adult Service commencing 1 July 2025 for two years, at a cost of £1,140,000, funded from the MOPAC Criminal Justice budget.",
    financial: [
      "3.1. The total cost of the two-year term is £1,140,000, as set out in the table below.",
      "",
      "Period\t2025/26\t2026/27\t2027/28\tTotal",
      "Contract (1 July 2025 – 30 June 2027)\t£427,500\t£570,000\t£142,500\t£1,140,000",
      "",
      `3.2. ${sentence}`,
    ].join("\n"),
  });

describe("a year's figure that is not this decision's commitment", () => {
  it("leaves out money the text says is no part of this decision", () => {
    const { findings } = check(
      contract(
        "The first quarter of 2025/26 (April to June 2025), £142,500, is covered by the extension of the current contract approved under PCD 1688 and does not form part of this decision.",
      ),
    );
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });

  it("leaves out what a budget has available or uncommitted in a year", () => {
    for (const s of [
      "The cost will be met from the MOPAC Criminal Justice budget, within which £150,000 is available in 2027/28.",
      "The cost will be met from the MOPAC Criminal Justice budget, which has £150,000 uncommitted in 2027/28.",
    ])
      expect(withCode(check(contract(s)).findings, "FY_MISMATCH")).toEqual([]);
  });

  it("leaves out money that will not be spent", () => {
    const { findings } = check(
      contract("As a result, £0.4m of the 2026/27 budget will not be spent this year."),
    );
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });

  it("still compares the year's commitment", () => {
    const { findings } = check(contract("The financial commitment in 2025/26 will be £142,500."));
    expect(withCode(findings, "FY_MISMATCH")).toHaveLength(1);
  });
});

describe("slippage and a before-and-after table by rows", () => {
  it("reads the slippage of a sum from one year into the next as a re-profile", () => {
    expect(
      approvalKind(
        "Approve the slippage of £0.4m of the Youth Diversion Programme budget from 2024/25 into 2025/26.",
      ),
    ).toBe("re-profile");
    expect(approvalKind("Approve additional funding of £150,000 in 2025/26.")).toBe("funding");
  });

  it("reads approved, slippage, additional and revised rows as a table of a change", () => {
    const table = (last: string) =>
      readTables(
        [
          "£m\t2024/25\t2025/26\tTotal",
          "Approved budget (PCD 1845)\t1.00\t0.80\t1.80",
          "Slippage\t(0.40)\t0.40\t0.00",
          "Additional funding (this decision)\t0.00\t0.15\t0.15",
          last,
        ].join("\n"),
      )[0]!;
    expect(isChangeTable(table("Revised budget\t0.60\t1.35\t1.95"))).toBe(true);
    // A last row that is not the rows above it added up is a line of its own.
    expect(isChangeTable(table("Revised budget\t0.50\t1.35\t1.85"))).toBe(false);
  });
});
