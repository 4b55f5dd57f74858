import { describe, expect, it } from "vitest";
import { decisionText, check, withCode } from "./checks/check-helpers";

// A contract award's profile often shows the optional extension as a row of its own beside the initial term,
// marked "subject to future approval". That row's money is not approved: it is no allocation and no part of the
// table's sum that the approval is checked against.

const contract = (extensionRow: string, totalRow?: string): string =>
  decisionText({
    summary:
      "This decision seeks approval to award a contract to The Appropriate Adult Service commencing 1 July 2025 for an initial period of two years, with the option to extend for up to a further 12 months. The cost of the initial term is £1,140,000.",
    recommendation: [
      "1. Approve the award of a contract to The Appropriate Adult Service commencing 1 July 2025 for an initial period of two years, at a cost of £1,140,000 over the initial term, funded from the MOPAC Criminal Justice budget.",
      "2. Note that the contract contains an option to extend for up to a further 12 months at a cost of up to £570,000, which will be the subject of a separate decision.",
    ].join("\n"),
    financial: [
      "3.1. The total cost of the initial two-year term is £1,140,000. As the contract starts part way through 2025/26, the cost falls across three financial years, as set out in the table below.",
      "",
      "Period\t2025/26\t2026/27\t2027/28\t2028/29\tTotal",
      "Initial term (1 July 2025 – 30 June 2027)\t£427,500\t£570,000\t£142,500\t-\t£1,140,000",
      extensionRow,
      ...(totalRow ? [totalRow] : []),
      "",
      "3.2. Provision for 2026/27 and 2027/28 will be included in MOPAC's budget submissions for those years.",
    ].join("\n"),
  });

describe("a table row of money the decision does not approve", () => {
  it("gives no allocation and no contradiction for an optional extension subject to future approval", () => {
    const { record, findings } = check(
      contract(
        "Optional extension (1 July 2027 – 30 June 2028) – subject to future approval\t-\t-\t£427,500\t£142,500\t£570,000",
      ),
    );
    expect(record.allocations.map((a) => [a.fy, a.pence])).toEqual([
      ["2025/26", 42750000],
      ["2026/27", 57000000],
      ["2027/28", 14250000],
    ]);
    expect(withCode(findings, "TOTAL_MISMATCH")).toEqual([]);
    expect(withCode(findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
  });

  it("lets a Total row take in the extension's row as well", () => {
    const { findings } = check(
      contract(
        "Extension year (not approved)\t-\t-\t£427,500\t£142,500\t£570,000",
        "Total\t£427,500\t£570,000\t£570,000\t£142,500\t£1,710,000",
      ),
    );
    expect(withCode(findings, "TABLE_TOTAL_MISMATCH")).toEqual([]);
  });

  it("still checks the extension row's own Total cell", () => {
    const { findings } = check(
      contract("Optional extension – subject to future approval\t-\t-\t£427,500\t£142,500\t£590,000"),
    );
    expect(withCode(findings, "TABLE_TOTAL_MISMATCH")).toHaveLength(1);
  });
});
