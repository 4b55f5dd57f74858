import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, expectQuotesHold, withCode } from "./checks/check-helpers";

// An outturn decision's recommendation that notes one figure and approves another in the same item ("Note the
// revenue underspend of £30.7m … and approve carry forwards totalling £18,347,000 …"): the item is read clause by
// clause. The figure it notes approves nothing; the figure it approves is an approval. An item that only notes, or
// one that delegates, approves nothing.

function outturn(first: string): string {
  return decisionText({
    summary:
      "The MOPAC Group's net revenue expenditure for 2024/25 was £3,371.5m against a budget of £3,402.2m, an underspend of £30.7m. It is proposed that £18,347,000 of this underspend is carried forward into 2025/26 to fund commitments that slipped from 2024/25.",
    recommendation: [
      first,
      "2. Approve the carry forward of £41.3m of capital slippage from 2024/25 into the 2025/26 capital programme.",
    ].join("\n"),
    financial:
      "3.1. The revenue carry forwards of £18,347,000 are funded from the 2024/25 underspend and will be added to the 2025/26 budgets of the business groups concerned.",
  });
}

const approved = (text: string): [number, string | null, string | null][] =>
  extractDecision(text, "synthetic.txt").approvals.map((a) => [a.pence, a.start, a.end]);

describe("a recommendation that notes and approves", () => {
  it("approves the figure of its approving clause, in the year the money is carried into", () => {
    const text = outturn(
      "1. Note the revenue underspend of £30.7m for 2024/25 and approve carry forwards totalling £18,347,000 from 2024/25 into 2025/26, as set out in Table 1;",
    );
    const r = extractDecision(text, "synthetic.txt");
    expectQuotesHold(text, r.findings);
    expect(approved(text)).toEqual([
      [1834700000, "2025-04-01", "2026-03-31"],
      [4130000000, "2025-04-01", "2026-03-31"],
    ]);
    expect(withCode(r.findings, "SPLIT_UNDETERMINED")).toEqual([]);
  });

  it("reads the approving clause after a semicolon, and where the item has no number", () => {
    expect(
      approved(
        outturn(
          "Note the revenue underspend of £30.7m for 2024/25; and approve its carry forward of £18,347,000 into 2025/26;",
        ),
      ),
    ).toEqual([
      [1834700000, "2025-04-01", "2026-03-31"],
      [4130000000, "2025-04-01", "2026-03-31"],
    ]);
  });

  it("approves nothing in an item that only notes", () => {
    expect(
      approved(
        outturn(
          "1. Note the revenue underspend of £30.7m for 2024/25, of which £18,347,000 is proposed for carry forward;",
        ),
      ),
    ).toEqual([[4130000000, "2025-04-01", "2026-03-31"]]);
  });

  it("approves nothing in an item that delegates, whatever verb follows", () => {
    expect(
      approved(
        outturn(
          "1. Delegate authority to the Chief Finance Officer to approve carry forwards of up to £18,347,000 from 2024/25 into 2025/26;",
        ),
      ),
    ).toEqual([[4130000000, "2025-04-01", "2026-03-31"]]);
  });
});
