import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText, withCode } from "./checks/check-helpers";

// Money approved beside spending to pay for it (a contingency, borrowing, a reserve) is where the spending's money
// comes from, not more spending; money put into a reserve is kept, not spent, and is put there in the year the
// underspend it comes from arises.

function read(parts: { summary: string; recommendation: string; financial: string; approverDate?: string }) {
  return extractDecision(decisionText(parts), "synthetic.txt");
}

describe("money that pays for the spending approved beside it", () => {
  const audit = {
    summary:
      "This decision seeks approval to pay the external audit fees for the 2023/24 audits of MOPAC and the Commissioner, totalling £811,230.",
    recommendation: [
      "1. Approve payment of the 2023/24 external audit fees for MOPAC and the Commissioner to Ernst & Young LLP, via PSAA, totalling £811,230.",
      "2. Approve that the amount of £51,230 above the 2023/24 external audit budget is met from the MPS central contingency.",
    ].join("\n"),
    financial: [
      "3.1. The total financial commitment for the 2023/24 external audit fees is £881,230.",
      "3.2. The 2023/24 budget for external audit fees is £760,000. The balance of £51,230 will be met from the MPS central contingency, as set out in recommendation 2.",
    ].join("\n"),
  };

  it("reads money met from a contingency as the contingency's, not a second sum spent", () => {
    const r = read(audit);
    expect(r.approvals.map((a) => [a.pence, a.kind])).toEqual([
      [81123000, "funding"],
      [5123000, "contingency"],
    ]);
    expect(r.approvals[1]!.fundingSource).toBe("MPS central contingency");
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2023/24", 81123000]]);
  });

  it("measures a contradicting total against the spending alone", () => {
    const [f] = withCode(read(audit).findings, "TOTAL_MISMATCH");
    expect(f?.message).toContain("a difference of £70,000");
  });

  it("keeps spending that is only paid for from a contingency as spending", () => {
    const r = read({
      ...audit,
      recommendation: [
        "1. Approve payment of the 2023/24 external audit fees to Ernst & Young LLP totalling £811,230.",
        "2. Approve expenditure of £51,230 on the audit of the pension schemes, met from the MPS central contingency.",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => a.kind)).toEqual(["funding", "funding"]);
  });

  it("reads borrowing that finances a capital programme approved beside it as borrowing", () => {
    const r = read({
      summary: "This decision seeks approval of the 2026/27 capital programme of £412.6m and its financing.",
      recommendation: [
        "1. Approve the 2026/27 capital programme of £412.6m, as set out in Table 1;",
        "2. Approve the financing of the 2026/27 programme as set out in Table 2, including new external borrowing of up to £248.3m in 2026/27;",
      ].join("\n"),
      financial: "3.1. This decision approves a capital programme of £412.6m for 2026/27.",
      approverDate: "12/02/2026",
    });
    expect(r.approvals.map((a) => [a.pence, a.kind])).toEqual([
      [41260000000, "funding"],
      [24830000000, "borrowing"],
    ]);
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2026/27", 41260000000]]);
  });

  it("counts money from a contingency that is all the decision approves as its spending", () => {
    const r = read({
      ...audit,
      recommendation:
        "1. Approve that £51,230 for the 2023/24 audit fee variations is met from the MPS central contingency.",
    });
    expect(r.approvals.map((a) => a.kind)).toEqual(["funding"]);
  });
});

describe("transfers into a reserve and virements in an in-year budget change", () => {
  const monitoring = {
    summary:
      "It is proposed that £14.2m of the forecast underspend is transferred to the Budget Resilience Reserve to support the 2026/27 budget, that £6.8m is drawn down from the Transformation Reserve to fund implementation of the Neighbourhood Policing Model this year, and that £9.6m of police officer pay budget is vired to police staff pay and technology running expenses.",
    recommendation: [
      "1. Approve the transfer of £14.2m of the forecast 2025/26 underspend to the Budget Resilience Reserve;",
      "2. Approve a drawdown of £6.8m from the Transformation Reserve in 2025/26 to fund the implementation costs of the Neighbourhood Policing Model;",
      "3. Approve virements totalling £9.6m from the Police Officer pay budget as set out in Table 2; and",
      "4. Note the Quarter 2 forecast outturn position set out in Table 1.",
    ].join("\n"),
    financial:
      "3.1. The transfer of £14.2m to the Budget Resilience Reserve will increase that reserve's forecast balance at 31 March 2026 to £96.8m.",
    approverDate: "27/11/2025",
  };

  it("reads a transfer into a reserve as no spending, in the year of the underspend", () => {
    const r = read(monitoring);
    const transfer = r.approvals.find((a) => a.pence === 1420000000)!;
    expect([transfer.kind, transfer.start, transfer.end]).toEqual([
      "transfer to reserve",
      "2025-04-01",
      "2026-03-31",
    ]);
  });

  it("dates a virement with the Recommendation's year, not a later budget a summary sentence names", () => {
    const r = read(monitoring);
    const virement = r.approvals.find((a) => a.pence === 960000000)!;
    expect([virement.start, virement.end]).toEqual(["2025-04-01", "2026-03-31"]);
  });

  it("counts the drawdown as the spending, and neither the transfer nor a virement naming no line", () => {
    const r = read(monitoring);
    expect(r.approvals.find((a) => a.pence === 680000000)!.kind).toBe("funding");
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2025/26", 680000000]]);
  });

  it("dates the transfer of an outturn's remaining underspend in the year it arose", () => {
    const r = read({
      summary:
        "The MOPAC Group's net revenue expenditure for 2024/25 was £3,371.5m, an underspend of £30.7m. It is proposed that £18.3m of this underspend is carried forward into 2025/26 to fund commitments that slipped from 2024/25, and that the remaining £12.4m is transferred to the Budget Resilience Reserve.",
      recommendation: [
        "1. Approve revenue budget carry forwards totalling £18,347,000 from 2024/25 into 2025/26, as set out in Table 1;",
        "2. Approve the transfer of the remaining revenue underspend of £12.4m to the Budget Resilience Reserve.",
      ].join("\n"),
      financial: "3.1. The carry forwards total £18.3m.",
      approverDate: "19/06/2025",
    });
    const transfer = r.approvals.find((a) => a.pence === 1240000000)!;
    expect([transfer.kind, transfer.start, transfer.end]).toEqual([
      "transfer to reserve",
      "2024-04-01",
      "2025-03-31",
    ]);
    expect(withCode(r.findings, "SPLIT_UNDETERMINED")).toEqual([]);
  });
});
