import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// Decisions that spend little or none of their own money: a bid for external funding, a grant shared among many
// bodies at so much each, and a grant accepted of which only one part is spent here.

describe("a bid for external funding", () => {
  const r = extractDecision(
    decisionText({
      summary:
        "This decision seeks approval to submit a bid to the Youth Endowment Fund, which would bring up to £1,500,000 of external funding into London over three years from April 2026. No MOPAC funding is committed by this decision.",
      recommendation: [
        '1. Approve the submission of a bid to the Youth Endowment Fund "Another Chance" round for up to £1,500,000 over the financial years 2026/27 to 2028/29.',
        "2. Delegate to the Director of the Violence Reduction Unit authority to accept the YEF grant, should the bid be successful, up to a value of £1,500,000.",
      ].join("\n"),
      financial: [
        "3.1. This decision has no direct financial implications for MOPAC. The bid seeks external funding only and no match funding is required.",
        "3.2. The bid is profiled as follows:",
        "",
        "Element\t2026/27\t2027/28\t2028/29\tTotal",
        "Borough youth workers\t£390,000\t£450,000\t£450,000\t£1,290,000",
        "Programme coordination (VRU)\t£60,000\t£75,000\t£75,000\t£210,000",
        "Total\t£450,000\t£525,000\t£525,000\t£1,500,000",
        "",
        "3.3. The profile above is indicative and subject to the outcome of the bid.",
      ].join("\n"),
    }),
    "synthetic.txt",
  );

  it("approves no money: the sum bid for is neither spent nor received", () => {
    expect(r.approvals).toEqual([]);
  });

  it("reads no allocations from the bid's profile", () => {
    expect(r.allocations).toEqual([]);
  });
});

describe("a grant of so much to each of many bodies, with its total", () => {
  it("approves the total once, not the sum each body gets as well", () => {
    const r = extractDecision(
      decisionText({
        summary:
          "This decision seeks approval to accept the Home Office Serious Violence Duty grant for 2025/26 and to pass most of it to the London boroughs.",
        recommendation: [
          "1. Accept the Home Office Serious Violence Duty grant of £2,350,000 for 2025/26.",
          "2. Approve grants of £60,000 to each of the 32 London boroughs and the City of London Corporation, totalling £1,980,000, for the period 1 April 2025 to 31 March 2026, funded from the Serious Violence Duty grant.",
        ].join("\n"),
        financial:
          "3.1. Of the grant, £1,980,000 will be passed to the 33 local authorities and £370,000 will be retained by MOPAC for VRU coordination costs.",
      }),
      "synthetic.txt",
    );
    const spending = r.approvals.filter((a) => a.kind !== "income");
    expect(spending.map((a) => [a.pence, a.recipient])).toEqual([
      [198000000, "the 32 London boroughs and the City of London Corporation"],
    ]);
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2025/26", 198000000]]);
  });
});

describe("a table of the grant offer beside a decision that spends one part of it", () => {
  const text = (contribution: string) =>
    decisionText({
      summary:
        "This decision seeks approval to accept the Ministry of Justice two-year victims grant, and to continue grant funding to the eleven ISVA and IDVA providers for 2025/26 from the ring-fenced element.",
      recommendation: [
        "1. Accept the Ministry of Justice Victims Grant of £37,160,000 for the period 1 April 2025 to 31 March 2027, as set out in paragraph 3.2.",
        "2. Approve grants totalling £4,380,000 to the eleven ISVA and IDVA providers listed in Appendix 1 for the period 1 April 2025 to 31 March 2026, funded from the ring-fenced ISVA/IDVA element of the grant.",
      ].join("\n"),
      financial: [
        "3.1. This decision requests approval to accept MoJ grant income of £37,160,000 over two years, and to award grants totalling £4,380,000 in 2025/26 funded from it.",
        "3.2. The grant offer is as follows:",
        "",
        "Grant element\t2025/26\t2026/27\tTotal",
        "Core victims' services\t£14,200,000\t£14,200,000\t£28,400,000",
        "ISVA/IDVA (ring-fenced)\t£4,380,000\t£4,380,000\t£8,760,000",
        "Total\t£18,580,000\t£18,580,000\t£37,160,000",
        "",
        "3.3. The core element for 2025/26 has been allocated to services under PCD 1891.",
        contribution,
      ].join("\n"),
    });

  it("reads the offer as income, not as spending on every element in every year", () => {
    const r = extractDecision(text(""), "synthetic.txt");
    expect(r.allocations.map((a) => [a.fy, a.pence])).toEqual([["2025/26", 438000000]]);
  });

  it("does not compare money the decision leaves untouched with the offer's year", () => {
    const r = extractDecision(
      text(
        "3.4. MOPAC's own contribution to victims' services, £6.4m in 2025/26 from the MOPAC commissioning budget, is unaffected by this decision.",
      ),
      "synthetic.txt",
    );
    expect(r.findings.filter((f) => f.code === "FY_MISMATCH")).toEqual([]);
  });
});
