import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./check-helpers";

// A short grant over two financial years is often profiled in a table whose rows are the years ("Financial year |
// Months | Amount"). What the Financial Comments say of a year is checked against that year's row, as it would be
// against a year's column.

const grant = (profile: string[], statement: string): string =>
  decisionText({
    summary:
      "This decision approves interim grant funding of £150,000 to Rape Crisis South London for the London Survivors Gateway for twelve months from 1 October 2024.",
    recommendation:
      "1. Approve interim grant funding to Rape Crisis South London (RASASC) for the London Survivors Gateway of £12,500 per month for the period 1 October 2024 to 30 September 2025, a total of £150,000.",
    financial: [
      "3.1. The total cost of the interim funding is £150,000, being twelve months at £12,500 per month, met from the MOPAC Victims Commissioning budget.",
      `3.2. ${statement} The profile is shown below.`,
      "",
      ...profile,
      "",
      "3.3. Provision for the 2025/26 element will be made in the 2025/26 Victims Commissioning budget.",
    ].join("\n"),
  });

const rows = [
  "Financial year\tMonths\tAmount",
  "2024/25\t7\t£87,500",
  "2025/26\t5\t£62,500",
  "Total\t12\t£150,000",
];

describe("a year's commitment against a table whose rows are years", () => {
  it("reports each year the words give otherwise than the table's row", () => {
    const { findings } = check(
      grant(
        rows,
        "The financial commitment in 2024/25 will be £75,000 and the financial commitment in 2025/26 will be £75,000.",
      ),
    );
    const fy = withCode(findings, "FY_MISMATCH");
    expect(fy.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(fy[0]!.message).toContain("the 2024/25 row of the table in 3.2 adds up to £87,500");
    expect(fy[1]!.message).toContain("the 2025/26 row of the table in 3.2 adds up to £62,500");
  });

  it("finds nothing where the words give each row's figure", () => {
    const { findings } = check(
      grant(
        rows,
        "The financial commitment in 2024/25 will be £87,500 and the financial commitment in 2025/26 will be £62,500.",
      ),
    );
    expect(withCode(findings, "FY_MISMATCH")).toEqual([]);
  });
});
