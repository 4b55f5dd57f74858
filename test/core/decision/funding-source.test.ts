import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { fundingSourceMentions } from "../../../src/core/decision/funding-source";
import { readDecisionDocument } from "../../../src/core/decision/read-document";
import { registerFromDecision } from "../../../src/core/register/register-from-decisions";
import { fixtureText } from "../../helpers/fixtures";
import { decisionText } from "./checks/check-helpers";

// The funding source a decision names in its words ("… will be met from the Violence Reduction budget"), read onto
// its approvals and allocations where no table's Funding Source column gives one.

function read(parts: { summary?: string; recommendation: string; financial: string }) {
  return extractDecision(decisionText({ summary: "A service continues.", ...parts }), "synthetic.txt");
}

describe("funding sources named in the decision's words", () => {
  it("reads the source the Financial Comments name onto the approval and its allocation, without article or 'approved'", () => {
    const r = read({
      recommendation: "1. Approve a grant of £250,000 to Northside Youth Trust in 2024/25.",
      financial:
        "3.1. The £250,000 will be met from the approved Violence Reduction and Prevention budget, which is included in the MTFP.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["Violence Reduction and Prevention budget"]);
    expect(r.allocations.map((a) => [a.fy, a.pence, a.fundingSource])).toEqual([
      ["2024/25", 25000000, "Violence Reduction and Prevention budget"],
    ]);
  });

  it("keeps the fuller of two names for one source, and drops years and 'ring-fenced element of the' before it", () => {
    const r = read({
      recommendation:
        "1. Approve expenditure of £3,046,400 over 2024/25 and 2025/26, funded from the MOPAC Victims budget.",
      financial:
        "3.1. The cost is fully funded from the ring-fenced element of the 2024/25 and 2025/26 Victims budget.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC Victims budget"]);
  });

  it("gives each approval the source its own sentence names, and names none where two sources leave it open", () => {
    const r = read({
      recommendation: [
        "1. Approve a virement of £350,000 from the Estates revenue budget to the Digital Policing revenue budget in 2023/24.",
        "2. Approve a virement of £1,000,000 from the Capital Programme contingency to the Body Worn Video project in 2023/24.",
      ].join("\n"),
      financial: "3.1. Both virements are within existing budgets.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([
      "Estates revenue budget",
      "Capital Programme contingency",
    ]);
    // Which allocation each source pays is said by the approval it comes from.
    expect(r.allocations.map((a) => [a.pence, a.fundingSource])).toEqual([
      [35000000, "Estates revenue budget"],
      [100000000, "Capital Programme contingency"],
    ]);

    const two = read({
      recommendation: "1. Approve capital and revenue costs of £900,000 in 2024/25 for the radio network.",
      financial:
        "3.1. Capital costs will be met from the approved MPS Capital Programme. Revenue costs will be met from the Technology revenue budget.",
    });
    expect(two.approvals.map((a) => a.fundingSource)).toEqual([null]);
    expect(two.allocations.map((a) => a.fundingSource)).toEqual([null]);
  });

  it("does not take a mechanism, a pronoun, a decision, a budget's own funding or the background's story as the source", () => {
    const r = read({
      summary: "The service is currently funded through the Home Office Police Transformation Fund.",
      recommendation:
        "1. Approve a grant of £120,000 to Eastside Mentors in 2024/25, funded through grant agreements.",
      financial:
        "3.1. The original service was funded through PCD 1120. This budget is funded from MOPAC match funding. It is paid from this grant.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([null]);
  });

  it("does not take what funds the decision's source ('the VRU budget, which is funded by the Mayor') as a second source", () => {
    const r = read({
      recommendation: "1. Approve grants of £120,000 to Eastside Mentors in 2024/25.",
      financial: "3.1. The costs will be met from the VRU programme budget, which is funded by the Mayor.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["VRU programme budget"]);
    expect(r.allocations.map((a) => a.fundingSource)).toEqual(["VRU programme budget"]);
    // What the decision's money pays for may be described the same way: the source named is then the decision's.
    const service = read({
      recommendation:
        "1. Approve grants of £120,000 to Eastside Mentors in 2024/25 for the service, which is funded from the VRU programme budget.",
      financial: "3.1. Nothing more.",
    });
    expect(service.approvals.map((a) => a.fundingSource)).toEqual(["VRU programme budget"]);
  });

  it("gives an approval the source of the sentence that restates its sum, where the decision names two sources", () => {
    const r = read({
      recommendation: [
        "1. Approve the extension of the London Victim and Witness Service contract with Victim Support from 1 April 2026 to 31 March 2027, at the value set out in the Part 2 report.",
        "2. Approve a grant of £150,000 to Victim Support for the Court Advocacy Pilot in 2026/27.",
      ].join("\n"),
      financial: [
        "3.1. The value of the extension is in the Part 2 report. It will be met from the Ministry of Justice Victims Grant allocation for 2026/27.",
        "3.2. The grant of £150,000 for the Court Advocacy Pilot will be funded from the MOPAC Commissioning budget.",
      ].join("\n"),
    });
    expect(r.approvals.map((a) => [a.pence, a.fundingSource])).toEqual([
      [15000000, "MOPAC Commissioning budget"],
    ]);
    expect(r.allocations.map((a) => a.fundingSource)).toEqual(["MOPAC Commissioning budget"]);
  });

  it("ends a source's name before its sum or what is said of it, and keeps a comma inside a budget's name", () => {
    const sum = read({
      recommendation:
        "1. Approve expenditure of £3,480,000 in 2024/25, funded from the Home Office Grant of £5,240,000.",
      financial: "3.1. There are no other financial implications.",
    });
    expect(sum.approvals.map((a) => a.fundingSource)).toEqual(["Home Office Grant"]);
    const approvedUnder = read({
      recommendation: "1. Approve a grant of £400,000 to Safer Streets Trust in 2016/17.",
      financial:
        "3.1. The cost will be met from the MOPAC budget approved under MD1106 for crime prevention.",
    });
    expect(approvedUnder.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC budget"]);
    const comma = read({
      recommendation: "1. Approve revenue expenditure of £1,240,000 over 2024/25 and 2025/26.",
      financial:
        "3.1. The revenue costs will be met from the MPS Digital, Data and Technology revenue budget, which is included in the MTFP.",
    });
    expect(comma.approvals.map((a) => a.fundingSource)).toEqual([
      "MPS Digital, Data and Technology revenue budget",
    ]);
    const list = read({
      recommendation: "1. Approve a grant of £90,000 to Northside Youth Trust in 2024/25.",
      financial: "3.1. This will be funded from MOPAC, the Home Office and the MPS, as set out below.",
    });
    expect(list.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC"]);
  });

  it("does not take another body's budget for its own share as the decision's source", () => {
    const r = read({
      recommendation:
        "1. Approve MOPAC match funding of £1,860,000 from 1 April 2024 to 31 March 2026 for the Havens.",
      financial:
        "3.1. MOPAC's contribution will be met from the MOPAC Commissioning budget (VAWG services).\n\n3.2. NHS England's contribution is met from NHS England's own budget and is not part of this decision.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC Commissioning budget"]);
    const noCall = read({
      recommendation: "1. Approve expenditure of £340,000 by MOPAC in 2024/25 on hotspot policing.",
      financial:
        "3.1. All expenditure will be funded from the Home Office Grant of £5,240,000 and there is no call on MOPAC's own budget.",
    });
    expect(noCall.approvals.map((a) => a.fundingSource)).toEqual(["Home Office Grant"]);
  });

  it("ends a source's name before a new verb, and takes no source from a fallback for a shortfall", () => {
    const verb = read({
      recommendation: "1. Approve expenditure of £375,000 on the Divert evaluation.",
      financial:
        "3.1. The evaluation will be funded from the MOPAC Evidence and Insight budget and will be paid as £95,000 in 2025/26, £187,500 in 2026/27 and £92,500 in 2027/28.",
    });
    expect(verb.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC Evidence and Insight budget"]);
    const fallback = read({
      recommendation:
        "1. Accept the Home Office Police Uplift Programme ring-fenced grant of up to £47.3m for 2021/22.",
      financial:
        "3.1. The grant is paid quarterly in arrears. Should the grant be reduced, the shortfall will be met from the Budget Resilience Reserve.",
    });
    expect(fallback.approvals.map((a) => a.fundingSource)).toEqual([null]);
  });

  it("gives each year's allocations the source the words name for that year", () => {
    const r = read({
      recommendation:
        "1. Approve grants of £250,000 in each of 2025/26, 2026/27 and 2027/28 to Northside Youth Trust.",
      financial:
        "3.1. Funding for 2025/26 and 2026/27 will be met from the VRU core budget. Funding for 2027/28, after the current spending review, will be met from the VRU reserve.",
    });
    expect(r.allocations.map((a) => [a.fy, a.fundingSource])).toEqual([
      ["2025/26", "VRU core budget"],
      ["2026/27", "VRU core budget"],
      ["2027/28", "VRU reserve"],
    ]);
    // The approval over all three years has two sources: it names none.
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([null]);
  });

  it("reads a source after a sum in brackets, and ends it before where the money goes", () => {
    const bracket = read({
      recommendation:
        "1. Approve capital expenditure of one million two hundred thousand pounds (£1.2m) from the MPS capital programme over 2025/26 and 2026/27.",
      financial:
        "3.1. Ongoing maintenance of £45k a year from 2027/28 will be met from the existing Digital, Data and Technology revenue budget.",
    });
    expect(bracket.approvals.map((a) => a.fundingSource)).toEqual(["MPS capital programme"]);
    const into = read({
      recommendation:
        "1. Approve the release of £3.45m from MOPAC earmarked reserves into the MOPAC revenue budget in 2024/25.",
      financial: "3.1. The reserves are sufficient.",
    });
    expect(into.approvals.map((a) => a.fundingSource)).toEqual(["MOPAC earmarked reserves"]);
  });

  it("reads a second source named with its sum ('… grant and £600,000 of MOPAC match funding') as a source of its own", () => {
    const doc = readDecisionDocument(
      decisionText({
        summary: "Grants to boroughs.",
        recommendation:
          "1. Approve grants totalling £2,100,000 to the London Boroughs of Lambeth and Croydon for 2025/26, funded by the Home Office grant and £600,000 of MOPAC match funding.",
        financial: "3.1. The Home Office grant is £1,500,000.",
      }),
      "two-sources.txt",
    );
    expect(fundingSourceMentions(doc).map((m) => m.name)).toEqual([
      "Home Office grant",
      "MOPAC match funding",
    ]);
    // Two sources and one sum: which pays what is not said, so the approval names neither.
    const r = read({
      recommendation:
        "1. Approve grants totalling £2,100,000 to the London Boroughs of Lambeth and Croydon for 2025/26, funded by the Home Office grant and £600,000 of MOPAC match funding.",
      financial: "3.1. The Home Office grant is £1,500,000.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([null]);
  });

  it("reads 'the same reserve' as the reserve named before, and two sources of the thing approved as one joint source", () => {
    const same = read({
      recommendation: [
        "1. Approve the drawdown of £450,000 from the Managing Risk Reserve in 2024/25;",
        "2. Approve the drawdown of £60,000 from the same reserve in 2024/25 for temporary vetting staff.",
      ].join("\n"),
      financial: "3.1. The reserve stands at £3.2m.",
    });
    expect(same.approvals.map((a) => a.fundingSource)).toEqual([
      "Managing Risk Reserve",
      "Managing Risk Reserve",
    ]);

    const shared = read({
      recommendation:
        "1. Approve expenditure of £1,275,000 on the Custody Detention Improvement Programme in 2025/26.",
      financial:
        "3.1. The programme will be funded from the MPS Custody revenue budget (£865,000) and the Police Grant (£410,000).",
    });
    // The programme approved is paid for by both, each with its sum: the joint source, as for "jointly funded by".
    expect(shared.approvals.map((a) => a.fundingSource)).toEqual([
      "MPS Custody revenue budget and Police Grant",
    ]);
  });

  it("reads a table whose rows are funders as the sources of the decision's lines, not as lines", () => {
    const r = read({
      recommendation:
        "1. Approve the Safer Nights Partnership programme budget of £1,860,000 over 2025/26 and 2026/27, funded as set out in paragraph 3.2.",
      financial: [
        "3.1. The programme is funded by three partners.",
        "3.2. Funding breakdown:",
        "",
        "Funder\t2025/26\t2026/27\tTotal",
        "Home Office\t£450,000\t£450,000\t£900,000",
        "MOPAC\t£330,000\t£330,000\t£660,000",
        "MPS\t£150,000\t£150,000\t£300,000",
        "Total\t£930,000\t£930,000\t£1,860,000",
        "",
        "3.3. MOPAC's share will be met from the VAWG Strategy budget.",
      ].join("\n"),
    });
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence, a.fundingSource])).toEqual([
      ["Youth Diversion and Mentoring Service", "2025/26", 45000000, "Home Office"],
      ["Youth Diversion and Mentoring Service", "2026/27", 45000000, "Home Office"],
      ["Youth Diversion and Mentoring Service", "2025/26", 33000000, "MOPAC"],
      ["Youth Diversion and Mentoring Service", "2026/27", 33000000, "MOPAC"],
      ["Youth Diversion and Mentoring Service", "2025/26", 15000000, "MPS"],
      ["Youth Diversion and Mentoring Service", "2026/27", 15000000, "MPS"],
    ]);
    // Three funders pay for it: the source of MOPAC's share is not the programme's.
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([null]);
  });

  it("takes no lines from a table of funders where another table gives the lines the money pays for", () => {
    const r = read({
      recommendation:
        "1. Approve expenditure of £3,200,000 over 2025/26 and 2026/27 on grants to four ISVA providers, as set out in paragraph 3.3.",
      financial: [
        "3.2. The service is funded as follows.",
        "",
        "Funding source\t2025/26\t2026/27\tTotal",
        "NHS England income\t£700,000\t£700,000\t£1,400,000",
        "MOPAC VAWG budget\t£900,000\t£900,000\t£1,800,000",
        "Total\t£1,600,000\t£1,600,000\t£3,200,000",
        "",
        "3.3. The grants to each provider are as follows.",
        "",
        "Provider\t2025/26\t2026/27\tTotal",
        "Solace Women's Aid\t£950,000\t£950,000\t£1,900,000",
        "NSPCC\t£650,000\t£650,000\t£1,300,000",
        "Total\t£1,600,000\t£1,600,000\t£3,200,000",
      ].join("\n"),
    });
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Solace Women's Aid", "2025/26", 95000000],
      ["Solace Women's Aid", "2026/27", 95000000],
      ["NSPCC", "2025/26", 65000000],
      ["NSPCC", "2026/27", 65000000],
    ]);
  });

  it("reads only the decision's own row of a table of funders' shares, and no total mismatch against their whole", () => {
    const r = read({
      recommendation:
        "1. Approve MOPAC's contribution of up to £1,468,992 to the Havens from 1 April 2025 to 31 March 2028.",
      financial: [
        "3.2. The service is jointly funded.",
        "",
        "Funder\t2025/26\t2026/27\t2027/28\tTotal",
        "MOPAC (40%)\t£480,000\t£489,600\t£499,392\t£1,468,992",
        "NHS England (60%)\t£720,000\t£734,400\t£749,088\t£2,203,488",
        "Total\t£1,200,000\t£1,224,000\t£1,248,480\t£3,672,480",
        "",
        "3.3. Only MOPAC's share is approved by this decision.",
      ].join("\n"),
    });
    expect(r.allocations.map((a) => [a.fy, a.pence, a.fundingSource])).toEqual([
      ["2025/26", 48000000, "MOPAC (40%)"],
      ["2026/27", 48960000, "MOPAC (40%)"],
      ["2027/28", 49939200, "MOPAC (40%)"],
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
  });

  it("does not give every line the source named for one part ('Revenue costs will be met from …') of capital and revenue", () => {
    const r = read({
      recommendation:
        "1. Approve the business case at a total cost of £47.8m (£38.6m capital and £9.2m revenue) over 2024/25 and 2025/26.",
      financial: [
        "3.1. The capital is provided for within the approved capital programme. Revenue costs will be met from the Digital Data and Technology revenue budget.",
        "",
        "£m\t2024/25\t2025/26",
        "Software (capital)\t20.0\t18.6",
        "Support (revenue)\t4.6\t4.6",
      ].join("\n"),
    });
    expect(r.allocations.map((a) => a.fundingSource)).toEqual([null, null, null, null]);
    // A decision of revenue only takes it whole.
    const revenue = read({
      recommendation: "1. Approve expenditure of £1,240,000 over 2024/25 and 2025/26.",
      financial: "3.1. The revenue costs will be met from the MPS Technology revenue budget.",
    });
    expect(revenue.approvals.map((a) => a.fundingSource)).toEqual(["MPS Technology revenue budget"]);
  });

  it("reads a summary sentence that asks for the money, and carries the source into the register rows", () => {
    const r = read({
      summary:
        "This decision seeks approval of £4.35m over 2015/16 and 2016/17 to refurbish the suite, funded from the approved MPS Capital Programme.",
      recommendation:
        "1. Approve the business case for the refurbishment at a cost of £4.35m over 2015/16 and 2016/17.",
      financial: "3.1. The works will be procured through the MPS construction framework.",
    });
    expect(r.approvals.map((a) => a.fundingSource)).toEqual(["MPS Capital Programme"]);
    expect(registerFromDecision(r).map((row) => row.fundingSource)).toEqual(["MPS Capital Programme"]);
  });

  it("reads the sources the fixture decisions name, and keeps a table's Funding Source column", () => {
    const pcd1513 = extractDecision(fixtureText("pcd-1513.txt"), "pcd-1513.txt");
    expect(pcd1513.approvals.map((a) => a.fundingSource)).toEqual(["Drive budget"]);
    const pcd1732 = extractDecision(fixtureText("pcd-1732.txt"), "pcd-1732.txt");
    expect(pcd1732.approvals.map((a) => a.fundingSource)).toEqual(["Mental Health Training budget"]);
    // PCD 663 tells how Drive is funded today (its summary and background), not what pays for this decision.
    const pcd663 = extractDecision(fixtureText("pcd-0663.txt"), "pcd-0663.txt");
    expect(pcd663.approvals.map((a) => a.fundingSource)).toEqual([null, null]);
    const pcd1307 = extractDecision(fixtureText("pcd-1307.txt"), "pcd-1307.txt");
    expect(new Set(pcd1307.allocations.map((a) => a.fundingSource))).toEqual(
      new Set(["Police Grant", "VAWG Strategy Fund"]),
    );
  });
});
