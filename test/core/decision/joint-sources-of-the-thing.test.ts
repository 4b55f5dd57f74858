import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A sentence that says the thing the decision approves is paid for by two sources, each with its sum, names the
// decision's source: both together ("A and B", with its parts), as "jointly funded by A and B" does.

function read(parts: { recommendation: string; financial: string }) {
  return extractDecision(
    decisionText({ summary: "The Violence Reduction Unit supports borough partnerships.", ...parts }),
    "synthetic.txt",
  );
}

describe("two sources named for the thing decided", () => {
  it("reads 'The programme is funded by the … grant (£0.75m) and the VRU budget (£0.5 million)' as the approval's joint source", () => {
    const r = read({
      recommendation:
        "1. Approve expenditure of £1.25 million on the Serious Violence Duty Borough Support Programme for the period April 2024 to March 2026;\n2. Delegate the award of the individual borough grants to the Director of the Violence Reduction Unit.",
      financial: [
        "3.1. The total financial commitment of this decision is £1.25 million from April 2024 to March 2026.",
        "3.2. The programme is funded by the Home Office Serious Violence Duty grant (£0.75m) and the VRU budget (£0.5 million).",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([
      "Home Office Serious Violence Duty grant and VRU budget",
    ]);
  });

  it("reads a co-funder's grant and a contribution drawn from a budget in one sentence as one joint source", () => {
    const r = read({
      recommendation:
        "1. Approve a grant of £1.25m to Catch22 for the delivery of the Focused Deterrence Pilot from 1st April 2024 until the end of March 2026.",
      financial: [
        "3.1. The total financial commitment of this decision is £1.25m, profiled as £600,000 in 2024/25 and £650,000 in 2025/26.",
        "3.2. The pilot is co-funded by a Youth Endowment Fund grant of £750,000 and MOPAC's contribution of £450K from the MOPAC Violence Reduction budget.",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([
      "Youth Endowment Fund grant and MOPAC Violence Reduction budget",
    ]);
  });

  it("does not take the funders of a wider programme the decision does not approve as its source", () => {
    const r = read({
      recommendation: "1. Approve a grant of £120,000 to Eastside Mentors in 2024/25.",
      financial: [
        "3.1. The costs will be met from the VRU core budget.",
        "3.2. The VRU programme is funded by the Home Office Serious Violence grant (£5m) and the GLA budget (£7m).",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["VRU core budget"]);
  });

  it("names no joint source for a capital and revenue split of the cost", () => {
    const r = read({
      recommendation: "1. Approve expenditure of £2,500,000 on the Custody Estate Project in 2025/26.",
      financial:
        "3.1. The project is funded from the capital programme (£2,000,000) and the MPS Digital Data and Technology revenue budget (£500,000).",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([null]);
  });
  it("gives no joint source to money the decision moves between years", () => {
    const r = read({
      recommendation: [
        "1. Approve expenditure of £1,275,000 on the Custody Detention Improvement Programme in 2025/26;",
        "2. Approve the re-profiling of £200,000 of the Custody Detention Improvement Programme budget from 2025/26 to 2026/27.",
      ].join("\n"),
      financial:
        "3.1. The programme will be funded from the MPS Custody revenue budget (£865,000) and the Police Grant (£410,000).",
    });
    expect(r.approvals.map((a) => [a.kind, a.fundingSource])).toEqual([
      ["funding", "MPS Custody revenue budget and Police Grant"],
      ["re-profile", null],
    ]);
  });
});
