import { describe, expect, it } from "vitest";
import { totalMismatch } from "../../../../src/core/decision/checks/total-mismatch";
import { check, decisionText, quotesOf, withCode } from "./check-helpers";

const consistent = decisionText({
  summary:
    "This decision seeks funding to recommission the youth diversion service. The overall cost of the service is £854,000.",
  recommendation:
    "1. Approve expenditure of £854,000 on the youth diversion service from 1 April 2024 to 31 March 2025.",
  financial: "3.1. The total cost of £854,000 will be met from the Violence Reduction budget.",
});

describe("TOTAL_MISMATCH", () => {
  it("raises an error when the summary's total contradicts the approved amount, quoting both", () => {
    const text = consistent.replace(
      "The overall cost of the service is £854,000.",
      "The overall cost of the service is £845,000.",
    );
    const { findings } = check(text, totalMismatch);
    const found = withCode(findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(quotesOf(found[0]!)).toEqual(expect.arrayContaining(["£845,000", "£854,000"]));
    expect(found[0]!.message).toContain("the Executive Summary states £845,000");
    expect(found[0]!.message).toContain("£854,000");
  });

  it.each([
    "3.1. This decision seeks approval of £845,000 from the Violence Reduction budget.",
    "3.1. The cost of the service is £845,000, funded from the Violence Reduction budget.",
  ])("raises an error when the Financial Comments state another sum as what is sought: %s", (financial) => {
    const text = decisionText({
      summary: "This decision seeks funding to recommission the youth diversion service.",
      recommendation:
        "1. Approve expenditure of £854,000 on the youth diversion service from 1 April 2024 to 31 March 2025.",
      financial,
    });
    const found = withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(quotesOf(found[0]!)).toEqual(expect.arrayContaining(["£845,000", "£854,000"]));
    // The same words with the approved sum raise nothing.
    expect(check(text.replace("£845,000", "£854,000"), totalMismatch).findings).toEqual([]);
  });

  it("reads no total from a table of money moved between budgets that nets to zero (a virement)", () => {
    const text = decisionText({
      summary: "This decision moves budget between two revenue heads.",
      recommendation:
        "1. Approve a virement of £350,000 from the Estates revenue budget to the Digital Policing revenue budget in 2023/24.",
      financial: [
        "3.1. The virement is set out below.",
        "",
        "Budget head\t2023/24",
        "Estates revenue\t-£350,000",
        "Digital Policing revenue\t£350,000",
      ].join("\n"),
    });
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("raises nothing when every stated total agrees with the approval", () => {
    expect(check(consistent, totalMismatch).findings).toEqual([]);
  });

  it("ignores envelopes, national budgets, rates and societal costs that are not the decision's total", () => {
    const text = decisionText({
      summary:
        "The Ministry of Justice funds this work within the total national budget of £20,000,000 over two years. Youth violence costs society £2.1 billion a year.",
      recommendation:
        "1. Approve expenditure of £854,000 on the youth diversion service from 1 April 2024 to 31 March 2025.",
      financial:
        "3.1. The running costs are £70,000 per month. The total cost of £854,000 will be met from the Violence Reduction budget.",
    });
    expect(check(text, totalMismatch).findings).toEqual([]);
  });

  it("compares the allocation table's sum with the approved total", () => {
    const text = decisionText({
      summary:
        "This decision funds two projects over 2024/25 and 2025/26, a total financial commitment of £410,000.",
      recommendation: "1. Approve funding of two projects at a total financial commitment of £400,000.",
      financial: [
        "3.1. The allocations are set out below.",
        "",
        "Project\t24/25 Allocation\t25/26 Allocation",
        "Mentoring\t£120,000\t£120,000",
        "Outreach\t£80,000\t£90,000",
        "Total\t£200,000\t£210,000",
      ].join("\n"),
    });
    const found = withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toMatch(/sums to £200,000 \+ £210,000 = £410,000/);
    expect(quotesOf(found[0]!)).toEqual(
      expect.arrayContaining(["£410,000", "£400,000", "£200,000", "£210,000"]),
    );
  });

  it("accepts a 'totalling' figure that is one of several approvals", () => {
    const text = decisionText({
      summary: "This decision continues two grants for a further year.",
      recommendation:
        "- Approve the award of a grant of up to £150,000 to Safer Futures for April 2024 to March 2025;\n- Approve central coordination costs totalling £40,000 and the award of a grant to Hope Partnership for these costs.",
      financial: "3.1. The funding is confirmed within the Violence Reduction budget.",
    });
    expect(withCode(check(text).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("does not add up a table of a contract's history, which holds other decisions' money, as this one's total", () => {
    const history = (thisRow: string) =>
      decisionText({
        summary: "The custody healthcare contract is extended by a year.",
        recommendation:
          "1. Approve a variation to the contract with Mitie Care & Custody Ltd at an additional cost of £3,480,000.",
        financial: [
          "3.1. The contract values are summarised below.",
          "",
          "Contract stage\tValue",
          "Original contract (PCD 612)\t£26,400,000",
          "Variation 1 (PCD 1388)\t£4,820,000",
          thisRow,
          "Revised contract value\t£34,700,000",
        ].join("\n"),
      });
    expect(
      withCode(
        check(history("Variation 2 (this decision)\t£3,480,000"), totalMismatch).findings,
        "TOTAL_MISMATCH",
      ),
    ).toEqual([]);
    // A table of this decision's own money is still checked.
    const own = decisionText({
      summary: "The custody healthcare contract is extended by a year.",
      recommendation:
        "1. Approve a variation to the contract with Mitie Care & Custody Ltd at an additional cost of £3,480,000.",
      financial: [
        "3.1. The costs are below.",
        "",
        "Item\tValue",
        "Healthcare staff\t£3,000,000",
        "Medicines\t£580,000",
      ].join("\n"),
    });
    expect(withCode(check(own, totalMismatch).findings, "TOTAL_MISMATCH")).toHaveLength(1);
  });

  it("flags a year split in the words that does not add up to the approval, and only a split of the money approved", () => {
    const text = (financial: string) =>
      decisionText({
        summary: "The hate crime advocacy service continues for two years.",
        recommendation: "1. Approve a grant of £385,000 to CATCH for the period 01/04/2025 to 31/03/2027.",
        financial,
      });
    const wrong = withCode(
      check(
        text("3.1. The grant will be paid as £195,000 in 2025/26 and £180,000 in 2026/27."),
        totalMismatch,
      ).findings,
      "TOTAL_MISMATCH",
    );
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.severity).toBe("error");
    expect(wrong[0]!.message).toMatch(
      /splits it by year as £195,000 \+ £180,000 = £375,000: a difference of £10,000/,
    );
    expect(quotesOf(wrong[0]!)).toEqual(expect.arrayContaining(["£195,000", "£180,000"]));
    for (const financial of [
      "3.1. The grant will be paid as £195,000 in 2025/26 and £190,000 in 2026/27.",
      "3.1. Indicative funding of £195,000 in 2025/26 and £180,000 in 2026/27 is subject to future approval.",
      "3.1. The service received £150,000 in 2023/24 and £160,000 in 2024/25.",
    ])
      expect(withCode(check(text(financial), totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("errs where a rounded figure is far further off than its rounding, and only warns where it is loosely rounded", () => {
    const text = (stated: string) =>
      decisionText({
        summary: "The four Rape Crisis Centres continue.",
        recommendation:
          "1. Approve funding of £1,250,000 to continue the four London Rape Crisis Centres during 2025/26.",
        financial: `3.1. The total cost of ${stated} will be met from the Community Safety budget.`,
      });
    const severities = (stated: string) =>
      withCode(check(text(stated), totalMismatch).findings, "TOTAL_MISMATCH").map((f) => f.severity);
    expect(severities("£1,200k")).toEqual(["error"]);
    expect(severities("£1.1m")).toEqual(["warning"]);
    expect(severities("£1.2m")).toEqual([]);
    expect(severities("£1.25m")).toEqual([]);
  });

  it("checks a total stated for the one year everything is approved in, and accepts a total under a ceiling", () => {
    const oneYear = decisionText({
      summary: "The programme continues.",
      recommendation: "1. Approve expenditure of £842,000 on the programme in 2025/26.",
      financial: "3.1. The total cost of the programme in 2025/26 is £824,000.",
    });
    const found = withCode(check(oneYear, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toMatch(/£842,000.*£824,000/);

    const ceiling = (approve: string) =>
      decisionText({
        summary: "Victim Support's grant is renewed for three years.",
        recommendation: `1. Approve a grant to Victim Support of ${approve} for the three financial years 2025/26, 2026/27 and 2027/28.`,
        financial: [
          "3.1. The grant for each year is set out below.",
          "",
          "Financial year\tAnnual grant",
          "2025-26\t£310,000",
          "2026-27\t£310,000",
          "2027-28\t£295,000",
          "Total\t£915,000",
        ].join("\n"),
      });
    expect(withCode(check(ceiling("up to £930,000"), totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
    expect(
      withCode(check(ceiling("£930,000"), totalMismatch).findings, "TOTAL_MISMATCH").map((f) => f.severity),
    ).toEqual(["warning"]);
    expect(
      withCode(check(ceiling("up to £900,000"), totalMismatch).findings, "TOTAL_MISMATCH").map(
        (f) => f.severity,
      ),
    ).toEqual(["warning"]);
  });
});

describe("TOTAL_MISMATCH and money of other funders", () => {
  it("does not take a package total that adds another funder's money ('alongside £5,400,000 from NHS England') as the decision's", () => {
    for (const joined of [
      "alongside £5,400,000 from NHS England, making a total two-year investment of £7,260,000",
      "together with £5,400,000 from NHS England, giving a total investment of £7,260,000",
      "plus £5,400,000 contributed by NHS England: a total programme value of £7,260,000",
    ]) {
      const text = decisionText({
        summary: `NHS England will remain lead commissioner. This decision seeks approval for MOPAC's funding of £1,860,000 from 1 April 2024 to 31 March 2026, ${joined}.`,
        recommendation:
          "1. Approve MOPAC funding of £1,860,000 for the Havens from 1 April 2024 to 31 March 2026.",
        financial: "3.1. The £1,860,000 will be met from the MOPAC Commissioning budget.",
      });
      expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH"), joined).toEqual([]);
    }
  });

  it("still flags a package total that disagrees with what the parts add up to in its own sentence", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval for MOPAC's funding of £1,860,000, alongside £5,400,000 from NHS England, making a total investment of £7,620,000.",
      recommendation: "1. Approve MOPAC funding of £1,860,000 for the Havens in 2024/25.",
      financial: "3.1. The £1,860,000 will be met from the MOPAC Commissioning budget.",
    });
    const found = withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£7,620,000");
  });
});

describe("TOTAL_MISMATCH and thresholds", () => {
  it("does not read an authority threshold ('a total value of £250,000 or more requires …') as the decision's total", () => {
    const text = decisionText({
      summary:
        "Under the Scheme, the write-off of any group of debts with a total value of £250,000 or more requires the approval of the DMPC.",
      recommendation: "1. Approve the write-off of 412 debts with a total value of £1,284,377.12.",
      financial: "3.1. The write-off is made against the bad debt provision.",
    });
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("TOTAL_MISMATCH and a contract's history table", () => {
  const text = (row: string) =>
    decisionText({
      summary: "This decision varies the modern slavery support contract.",
      recommendation:
        "1. Approve a variation to the contract with Hestia to increase the contract value by £320,000, bringing the total contract value to £2,195,000.",
      financial: [
        "3.1. The contract's history is:",
        "",
        "Decision\tPeriod\tValue",
        "PCD 1021 – original award\t2021 to 2024\t£1,875,000",
        `${row}\t2025/26\t£270,000`,
        "Revised contract total\t\t£2,145,000",
      ].join("\n"),
    });

  it("checks the row for this decision against what it approves", () => {
    for (const row of ["PCD 9001 – Variation 2 (this decision)", "Variation 2 (this decision)"]) {
      const found = withCode(check(text(row), totalMismatch).findings, "TOTAL_MISMATCH");
      expect(found, row).toHaveLength(1);
      expect(found[0]!.severity).toBe("error");
      expect(found[0]!.message).toContain("£270,000");
      expect(found[0]!.message).toContain("£320,000");
    }
  });

  it("says nothing where the row agrees", () => {
    const agree = text("Variation 2 (this decision)")
      .replace("£270,000", "£320,000")
      .replace("£2,145,000", "£2,195,000");
    expect(withCode(check(agree, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("TOTAL_MISMATCH and income accepted", () => {
  it("compares the totals with the spending approved, not with income accepted added to it", () => {
    const text = decisionText({
      summary: "This decision accepts the Serious Violence Duty grant and approves its expenditure.",
      recommendation:
        "1. Accept the Home Office Serious Violence Duty grant of £2,400,000 for 2024/25.\n2. Approve expenditure of £2,400,000 in 2024-25 on the Serious Violence Duty.",
      financial: [
        "3.1. The expenditure is:",
        "",
        "Element\t2024/25",
        "Grants to partnerships\t£1,650,000",
        "Programme costs\t£700,000",
        "Total\t£2,350,000",
      ].join("\n"),
    });
    const found = withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("approves £2,400,000");
    expect(found[0]!.message).toContain("a difference of £50,000");
  });
});

describe("TOTAL_MISMATCH and totals made of parts", () => {
  it("reads parts said before their total ('£38.6m capital and £9.2m revenue …, a total of £47.8m') as parts, not totals", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval of £38.6m capital and £9.2m revenue over the five financial years 2024-25 to 2028-29, a total of £47.8m.",
      recommendation:
        "1. Approve expenditure of £47.8m on the Command and Control Replacement Programme from 1 April 2024 to 31 March 2029.",
      financial:
        "3.1. The £47.8m will be met from the approved capital programme and the MPS revenue budget.",
    });
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
    // The total said after its parts still counts.
    const wrong = text
      .replace("a total of £47.8m", "a total of £48.7m")
      .replace("£38.6m capital", "£39.5m capital");
    const found = withCode(check(wrong, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£48,700,000");
  });

  it("accepts a total of a programme's funders where the decision's money is one of its parts", () => {
    const text = decisionText({
      summary: "This decision approves MOPAC's match funding for the Youth Endowment Fund programme.",
      recommendation:
        "1. Approve grants of £120,000 to Lives not Knives, £95,000 to Art Against Knives and £80,000 to Redthread Youth Ltd in 2025/26.",
      financial:
        "3.1. The programme is funded by the Youth Endowment Fund £590,000 (67%) and MOPAC match funding £295,000 (33%), a total of £885,000. The YEF grant is paid directly to the organisations.",
    });
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });

  it("accepts a total that is the income the decision accepts, as well as its spending", () => {
    const text = decisionText({
      summary:
        "NHS England has confirmed a contribution of £700,000 a year for two years, a total of £1,400,000, towards the children and young people's ISVA service.",
      recommendation:
        "1. Accept income of £1,400,000 from NHS England over 2025/26 and 2026/27.\n2. Approve expenditure of £3,200,000 over 2025/26 and 2026/27 on children and young people's ISVA services.",
      financial:
        "3.1. The total cost of £3,200,000 is funded by the NHS England income and the MOPAC VAWG budget.",
    });
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("TOTAL_MISMATCH and text wrapped as a PDF's", () => {
  it("reads a total whose figure starts the next line, and checks it against the approval as an error", () => {
    const text = decisionText({
      summary: "This decision extends the service.",
      recommendation:
        "1. Approve a grant of up to £846,500 to Safer London for two years from 1 April 2025 to 31 March 2027.",
      financial:
        "3.1. The grant to Safer London will be funded from the Violence Reduction\nUnit budget, and the total financial commitment of this decision is\n£864,500 over two financial years, 2025/26 and 2026/27.",
    });
    const found = withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("£864,500");
  });
});

describe("TOTAL_MISMATCH and a year's figure where other years have money too", () => {
  it("does not take one year's commitment as the total where the table or text gives money for another year", () => {
    const text = decisionText({
      summary:
        "The financial commitment in 2025/26 will be £1,305,000 and the financial commitment in 2026/27 will be £1,305,000.",
      recommendation:
        "1. Approve the continued funding of four services from 1 April 2025 until 31 March 2026, at a total financial commitment of £2,610,000.",
      financial: [
        "3.1. The allocations are set out below.",
        "",
        "Service\tFY 2025/26\tFY 2026/27",
        "Mentoring\t£805,000\t£805,000",
        "Accommodation\t£500,000\t£500,000",
        "Total\t£1,305,000\t£1,305,000",
      ].join("\n"),
    });
    expect(withCode(check(text, totalMismatch).findings, "TOTAL_MISMATCH")).toEqual([]);
  });
});

describe("TOTAL_MISMATCH and a re-profile's years", () => {
  const text = (into: string) =>
    decisionText({
      summary: "This decision re-profiles the Custody Improvement Programme's capital budget.",
      recommendation: `1. Approve the re-profiling of £3,200,000 of the Custody Improvement Programme capital budget out of 2024/25, ${into}.`,
      financial: "3.1. The total approved budget for the programme does not change.",
    });

  it("raises an error where what goes into the later years is not what comes out", () => {
    const found = withCode(
      check(text("into 2025/26 (£2,400,000) and 2026/27 (£600,000)"), totalMismatch).findings,
      "TOTAL_MISMATCH",
    );
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("£2,400,000 + £600,000 = £3,000,000");
  });

  it("says nothing where it balances", () => {
    expect(
      withCode(
        check(text("into 2025/26 (£2,600,000) and 2026/27 (£600,000)"), totalMismatch).findings,
        "TOTAL_MISMATCH",
      ),
    ).toEqual([]);
  });
});
