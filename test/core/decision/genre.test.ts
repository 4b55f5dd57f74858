import fc from "fast-check";
import { monthName } from "../../../src/core/dates/month-names";
import { describe, expect, it } from "vitest";
import { ReconcilerError } from "../../../src/core/errors";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { readDecisionDocument } from "../../../src/core/decision/read-document";
import type { DecisionRecord } from "../../../src/core/decision/decision-record";
import { approvalsOf, expectQuotesHold } from "../../helpers/decision-record";

// Synthetic decisions in the genre's forms (not copies of the fixtures): the extractor is judged on unseen
// real decisions, so each form is exercised with its own wording and figures.

function byYear(r: DecisionRecord): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of r.allocations) out[a.fy] = (out[a.fy] ?? 0) + a.pence;
  return out;
}

const oldStyle = `MOPAC
MAYOR OF LONDON
OFFICE FOR POLICING AND CRIME

DMPC Decision – DMPCD 2014 23

Title: Refurbishment of the Custody Suite at Example Street

Executive Summary:

The custody suite at Example Street needs new cell doors and ventilation to meet current standards.

Recommendation:

The Deputy Mayor for Policing and Crime is asked to approve the award of a contract of up to £640,000 in 2014/15 to Acme Builders Limited for the works.

Deputy Mayor for Policing and Crime

I confirm I have considered whether or not I have any personal or prejudicial interest in this matter.

The above request has my approval.

Signature

Date 3 March 2014

PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC

1. Introduction and background

1.1 This follows DMPCD 2013 101, which approved the design of the works.

2. Financial Comments

2.1 The cost of £640,000 will be met from the capital programme in 2014/15.
`;

const webPage = `Skip to main content
Home
Youth Diversion Scheme – grant extension
Key information
Reference code: PCD 2001
Date signed: 14 February 2024
Decision by: Jane Example (Past staff), Deputy Mayor, Policing and Crime
Executive summary
-
MOPAC has funded a youth diversion scheme in three boroughs since 2021 and wishes to continue it for one more year.
Recommendation
-
Approve a grant variation of £96,500 to Northside Youth Trust for the period 1 April 2024 to 31 March 2025.
-
Note the evaluation findings summarised below.
Non-confidential facts and advice to the Deputy Mayor for Policing and Crime (DMPC)
-
Financial Comments
-
The £96,500 will be funded from the 2024-25 Youth budget.
-
Background/supporting papers
-
PCD 1850 approved the original grant.
`;

const splitBullet = `Key information
Reference code: PCD 2077
Date signed:
Decision by: A Person, Deputy Mayor, Policing and Crime
PCD 2077 Street Outreach Grants
Recommendation:
The Deputy Mayor for Policing and Crime is recommended to:
-
Approve the award of grants totalling
-
£250,000 to the Example Foundation in 2023/24.
PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC
-
Financial Comments
-
Funding of £250,000 in 2023/24 comes from the VAWG budget.
`;

const pdfWithTable = `MAYOR OF LONDON
OFFICE FOR POLICING AND CRIME

DMPC Decision – PCD 0987

Title: Community Safety Partnership Awards 2023/2024

Executive Summary:

Borough partnerships deliver local crime reduction work. This decision renews their awards for two years.

Recommendation:

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve the award of grants of approximately £1,200,000 to the London Boroughs over 2023/2024 and 2024/2025, as profiled in paragraph 3.2.
2. Delegate authority to the Chief Executive Officer to sign the grant agreements.

Deputy Mayor for Policing and Crime

I confirm I have considered whether or not I have any personal or prejudicial interest in this matter.

The above request has my approval.

Signature

Date 07/06/2023

PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC

1. Introduction and background

- 1.1. The awards follow PCD 812.

2. Issues for consideration

- 2.1. Each borough group will report quarterly.

3. Financial Comments

- 3.1. The total of £1,200,000 is split as follows.
- 3.2. Allocation by year:

Borough group\t23/24\t24/25
North\t£300,000\t£300,000
South\t£300,000\t£300,000
Total\t£600,000\t£600,000

Chief Executive Officer

I have been consulted about the proposal and confirm that financial, legal and equalities advice has been taken into account.

Signature

Date 01/06/2023
`;

/** The allocations pdfWithTable's table gives, however its layout is written. */
const NORTH_SOUTH = [
  ["North", "2023/24", 30000000],
  ["North", "2024/25", 30000000],
  ["South", "2023/24", 30000000],
  ["South", "2024/25", 30000000],
];

const otherBody = `MAYORAL DECISION – MD3100

Title: Winter Rough Sleeping Fund

Executive Summary:
The Mayor wishes to fund extra winter beds.

Decision:
That the Mayor approves expenditure of £60,000 in 2023-24 on winter beds.

Decision by: Sadiq Khan, Mayor of London
`;

describe("extractDecision on the genre's forms", () => {
  it("reads an old-style DMPCD 2014 23 record", () => {
    const r = extractDecision(oldStyle, "old.txt");
    expect(r.ref).toBe("DMPCD 2014 23");
    expect(r.title).toBe("Refurbishment of the Custody Suite at Example Street");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2014-03-03");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 64000000,
        qualifier: "up to",
        recipient: "Acme Builders Limited",
        kind: "contract",
        start: "2014-04-01",
        end: "2015-03-31",
      },
    ]);
    expect(byYear(r)).toEqual({ "2014/15": 64000000 });
    expect(r.related).toEqual(["DMPCD 2013 101"]);
    expectQuotesHold(r);
  });

  it("reads a web page with Key information and bullets on their own lines (years as 2024-25)", () => {
    const r = extractDecision(webPage, "web.txt");
    expect(r.ref).toBe("PCD 2001");
    expect(r.title).toBe("Youth Diversion Scheme – grant extension");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2024-02-14");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 9650000,
        qualifier: "exact",
        recipient: "Northside Youth Trust",
        kind: "grant variation",
        start: "2024-04-01",
        end: "2025-03-31",
      },
    ]);
    expect(byYear(r)).toEqual({ "2024/25": 9650000 });
    expect(r.related).toEqual(["PCD 1850"]);
    expectQuotesHold(r);
  });

  it("joins a recommendation split over a '-' bullet line", () => {
    const r = extractDecision(splitBullet, "split.txt");
    expect(r.ref).toBe("PCD 2077");
    expect(r.title).toBe("Street Outreach Grants");
    expect(r.dateSigned).toBeNull();
    expect(approvalsOf(r)).toEqual([
      {
        pence: 25000000,
        qualifier: "exact",
        recipient: "Example Foundation",
        kind: "grant",
        start: "2023-04-01",
        end: "2024-03-31",
      },
    ]);
    expect(byYear(r)).toEqual({ "2023/24": 25000000 });
    expectQuotesHold(r);
  });

  it("reads a PDF-style record: the approver's date, not the CEO's; table rows as the allocations (years 2023/2024, 23/24)", () => {
    const r = extractDecision(pdfWithTable, "pdf.txt");
    expect(r.ref).toBe("PCD 987");
    expect(r.title).toBe("Community Safety Partnership Awards 2023/2024");
    expect(r.dateSigned).toBe("2023-06-07");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 120000000,
        qualifier: "approximately",
        recipient: "London Boroughs",
        kind: "grant",
        start: "2023-04-01",
        end: "2025-03-31",
      },
    ]);
    expect(r.allocations.map(({ line, fy, pence }) => ({ line, fy, pence }))).toEqual([
      { line: "North", fy: "2023/24", pence: 30000000 },
      { line: "North", fy: "2024/25", pence: 30000000 },
      { line: "South", fy: "2023/24", pence: 30000000 },
      { line: "South", fy: "2024/25", pence: 30000000 },
    ]);
    expect(r.related).toEqual(["PCD 812"]);
    const doc = readDecisionDocument(pdfWithTable, "pdf.txt");
    expect(doc.signatures.map((s) => [s.capacity, s.role, s.date])).toEqual([
      ["approver", "Deputy Mayor for Policing and Crime", "2023-06-07"],
      ["consultee", "Chief Executive Officer", "2023-06-01"],
    ]);
    expect(doc.sections.find((s) => s.part === "financial")?.number).toBe("3");
    expect(doc.paragraphs.map((p) => p.number)).toEqual(["1.1", "2.1", "3.1", "3.2"]);
    expect(doc.tables[0]!.totalRows).toHaveLength(1);
    expectQuotesHold(r);
  });

  it("reads another body's decision: its own series and role (years as 2023-24)", () => {
    const r = extractDecision(otherBody, "md.txt");
    expect(r.ref).toBe("MD3100");
    expect(r.decisionBy).toBe("Mayor of London");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 6000000,
        qualifier: "exact",
        recipient: null,
        kind: "funding",
        start: "2023-04-01",
        end: "2024-03-31",
      },
    ]);
    expect(byYear(r)).toEqual({ "2023/24": 6000000 });
  });

  it("normalises related references however they are written, once each, without its own", () => {
    const text = `DMPC Decision – PCD 1400

Title: Example

Recommendation:
Approve £10,000.

1.1 See Decision PCD291, <u>PCD448</u>, PCD 0448 again, DMPCD143 and DMPC Decision 2014 143, and PCD1400 itself.
1.2 Also DMPCD 2014/23.
`;
    const r = extractDecision(text, "refs.txt");
    expect(r.ref).toBe("PCD 1400");
    expect(r.related).toEqual(["PCD 291", "PCD 448", "DMPCD 143", "DMPCD 2014 23"]);
  });

  it("throws NOT_A_DECISION, naming the file, for text with no decision reference", () => {
    const run = (): unknown =>
      extractDecision("Minutes of the meeting\n\nCosts of £5,000 were noted.", "minutes.txt");
    expect(run).toThrow(ReconcilerError);
    try {
      run();
    } catch (e) {
      expect((e as ReconcilerError).code).toBe("NOT_A_DECISION");
      expect((e as ReconcilerError).message).toBe("no decision reference found in minutes.txt");
      // The message names the file, once: describe() (what the CLI prints) does not name it again.
      expect((e as ReconcilerError).describe()).toBe("no decision reference found in minutes.txt");
    }
  });

  it("reads a 'next N financial years' approval from the signing date when the years are not named", () => {
    const text = `DMPC Decision – PCD 3001

Title: Victim Care Hub

Recommendation:
The DMPC is asked to approve funding of a maximum of £450,000 over the next two financial years.

Deputy Mayor for Policing and Crime
The above request has my approval.
Date 20/01/2025
`;
    const r = extractDecision(text, "next.txt");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 45000000,
        qualifier: "maximum",
        recipient: null,
        kind: "funding",
        start: "2025-04-01",
        end: "2027-03-31",
      },
    ]);
    expect(r.allocations).toEqual([]);
  });

  it("reads a table row with an empty first cell (a merged cell) as more of the line above, in wide and long tables", () => {
    const wide = pdfWithTable.replace(
      "South\t£300,000\t£300,000",
      "South\t£200,000\t£200,000\n\t£100,000\t£100,000",
    );
    const r = extractDecision(wide, "pdf.txt");
    expect(r.allocations.map(({ line, fy, pence }) => [line, fy, pence])).toEqual([
      ["North", "2023/24", 30000000],
      ["North", "2024/25", 30000000],
      ["South", "2023/24", 20000000],
      ["South", "2024/25", 20000000],
      ["South", "2023/24", 10000000],
      ["South", "2024/25", 10000000],
    ]);
    expect(r.findings.filter((f) => f.code === "TABLE_TOTAL_MISMATCH")).toEqual([]);
    expectQuotesHold(r);

    const long = pdfWithTable.replace(
      /Borough group\t23\/24\t24\/25\n(?:.*\n)*?Total.*\n/,
      [
        "Borough group\tYear\tAmount",
        "North\t2023/24\t£300,000",
        "\t2024/25\t£300,000",
        "South\t2023/24\t£300,000",
        "\t2024/25\t£300,000",
        "",
      ].join("\n"),
    );
    expect(long).not.toBe(pdfWithTable);
    const l = extractDecision(long, "pdf.txt");
    expect(l.allocations.map(({ line, fy, pence }) => [line, fy, pence])).toEqual(NORTH_SOUTH);
    expectQuotesHold(l);
  });

  it("reads a table whose header leaves the top-left cell empty, each year over its own column", () => {
    const r = extractDecision(
      pdfWithTable.replace("Borough group\t23/24\t24/25", "\t23/24\t24/25"),
      "pdf.txt",
    );
    expect(r.allocations.map(({ line, fy, pence }) => [line, fy, pence])).toEqual(NORTH_SOUTH);
    expectQuotesHold(r);
  });

  it("reads a variation's added cost as the approval, not the total it brings the contract to", () => {
    const head = "DMPC Decision – PCD 1715\n\nTitle: Custody Healthcare\n\nRecommendation:\n\n";
    for (const item of [
      "1. Approve a six-month extension of the contract with Mitie Care and Custody, from 1 April 2025 to 30 September 2025, at an additional cost of £1,046,275, bringing the total contract value to £14,210,980.",
      "1. Approve a variation to the contract with Mitie Care and Custody from 1 April 2025 to 30 September 2025, increasing the contract value by £1,046,275 to a revised total of £14,210,980.",
      "1. Approve a variation to the contract with Mitie Care and Custody from 1 April 2025 to 30 September 2025, at an additional cost of £1,046,275, increasing the total contract value from £13,164,705 to £14,210,980.",
    ]) {
      const r = extractDecision(head + item + "\n", "variation.txt");
      expect(approvalsOf(r)).toEqual([
        {
          pence: 104627500,
          qualifier: "exact",
          recipient: "Mitie Care and Custody",
          kind: "contract variation",
          start: "2025-04-01",
          end: "2025-09-30",
        },
      ]);
      expect(byYear(r)).toEqual({ "2025/26": 104627500 });
      // The contract's old and new totals are not what the decision approves, so they contradict nothing.
      expect(r.findings.map((f) => f.code)).toEqual([]);
      expectQuotesHold(r);
    }
  });

  it("reads a sum given to each of several recipients as one approval for each", () => {
    const text = [
      "DMPC Decision – PCD 1519",
      "",
      "Title: Serious Violence Duty Grants",
      "",
      "Recommendation:",
      "",
      "1. Approve grants of up to £150,000 each to the London Borough of Lambeth and the London Borough of Croydon, and a grant of up to £95,500 to Redthread, for 18 months from 1 October 2023.",
      "",
      "Financial Comments",
      "",
      "3.1. The total of £395,500 will be met from the Home Office Serious Violence Duty grant.",
      "",
    ].join("\n");
    const r = extractDecision(text, "each.txt");
    const period = { start: "2023-10-01", end: "2025-03-31" };
    expect(approvalsOf(r)).toEqual([
      {
        pence: 15000000,
        qualifier: "up to",
        recipient: "London Borough of Lambeth",
        kind: "grant",
        ...period,
      },
      {
        pence: 15000000,
        qualifier: "up to",
        recipient: "London Borough of Croydon",
        kind: "grant",
        ...period,
      },
      { pence: 9550000, qualifier: "up to", recipient: "Redthread", kind: "grant", ...period },
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expectQuotesHold(r);
  });

  it("reads a sum given to each of a number of recipients not named as the sum times the number", () => {
    const text = [
      "DMPC Decision – PCD 1520",
      "",
      "Title: Community Safety Small Grants",
      "",
      "Recommendation:",
      "",
      "1. Approve grants of up to £25,000 each to 12 community organisations in 2024/25.",
      "2. Approve grants of £40,000 each to three London boroughs for 2024/25.",
      "",
      "Financial Comments",
      "",
      "3.1. The total of £420,000 will be met from the Community Safety budget.",
      "",
    ].join("\n");
    const r = extractDecision(text, "each-count.txt");
    expect(approvalsOf(r).map((a) => [a.pence, a.qualifier, a.recipient])).toEqual([
      [30000000, "up to", "12 community organisations"],
      [12000000, "exact", "three London boroughs"],
    ]);
    expect(r.approvals.map((a) => a.quote)).toEqual([
      "up to £25,000 each to 12 community organisations",
      "£40,000 each to three London boroughs",
    ]);
    expect(byYear(r)).toEqual({ "2024/25": 42000000 });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expectQuotesHold(r);
  });

  it("reads a recommendation that approves a table's figures without a sum as approving the table's total", () => {
    const text = (recommendation: string, total: string) =>
      [
        "DMPC Decision – PCD 1521",
        "",
        "Title: Reducing Reoffending Grants 2025-27",
        "",
        "Recommendation:",
        "",
        `1. ${recommendation}`,
        "2. Delegate authority to the Director of Commissioning to sign the grant agreements.",
        "",
        "Financial Comments",
        "",
        "3.1. The grants will be met from the Reducing Reoffending budget.",
        "3.2. The allocations are:",
        "",
        "Provider\t2025/26\t2026/27\tTotal",
        "Key4Life\t£150,000\t£150,000\t£300,000",
        "Switchback\t£100,000\t£120,000\t£220,000",
        `Total\t£250,000\t£270,000\t${total}`,
        "",
      ].join("\n");
    const r = extractDecision(
      text("Approve the grant allocations set out in the table at paragraph 3.2.", "£520,000"),
      "table-ref.txt",
    );
    expect(approvalsOf(r)).toEqual([
      {
        pence: 52000000,
        qualifier: "exact",
        recipient: null,
        kind: "grant",
        start: "2025-04-01",
        end: "2027-03-31",
      },
    ]);
    // The figure is quoted from the table's Total row, where it is stated.
    expect(r.approvals[0]!.quote).toBe("£520,000");
    expect(r.approvals[0]!.fundingSource).toBe("Reducing Reoffending budget");
    expect(byYear(r)).toEqual({ "2025/26": 25000000, "2026/27": 27000000 });
    expectQuotesHold(r);
    // A Total row that does not state what the rows add up to gives no figure to approve.
    const wrong = extractDecision(
      text("Approve the grant allocations set out in the table at paragraph 3.2.", "£502,000"),
      "table-ref.txt",
    );
    expect(wrong.approvals).toEqual([]);
    // A recommendation that states its sum is read as before, not from the table.
    const stated = extractDecision(
      text("Approve grants totalling £520,000 to the providers listed in the table below.", "£520,000"),
      "table-ref.txt",
    );
    expect(stated.approvals.map((a) => [a.pence, a.quote])).toEqual([[52000000, "£520,000"]]);
    expect(stated.approvals[0]!.offset).toBeLessThan(stated.text.indexOf("Financial Comments"));
  });

  it("reads a sale as money in, and numbered recommendations joined by '; and' as separate ones", () => {
    const r = extractDecision(
      [
        "DMPC Decision – DMPCD 2016 52",
        "",
        "Title: Disposal of the former Example Road Police Station",
        "",
        "Recommendation:",
        "",
        "The Deputy Mayor for Policing and Crime:",
        "",
        "1. approves the disposal of the freehold interest in the former Example Road Police Station to Harbour Homes Ltd for £9,400,000, subject to contract; and",
        "2. approves disposal costs of up to £120,000, to be met from the capital receipt, in 2016/17.",
        "",
        "3. Financial Comments",
        "",
        "3.1. The sale will generate a capital receipt of £9,400,000 in 2016/17.",
        "",
      ].join("\n"),
      "disposal.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind, a.recipient])).toEqual([
      [940000000, "disposal", "Harbour Homes Ltd"],
      [12000000, "funding", null],
    ]);
    // The costs are met from the receipt; the sale itself is a source of money, paid for by nothing.
    expect(r.approvals.map((a) => a.fundingSource)).toEqual([null, "capital receipt"]);
    // The year's money is what is spent: the sale's proceeds are not counted as spending.
    expect(byYear(r)).toEqual({ "2016/17": 12000000 });
  });

  it("reads a sum listed in parts under it ('comprising:') once, and a sum restated as a yearly rate once", () => {
    const head = "DMPC Decision – PCD 1908\n\nTitle: Custody Detention Improvement\n\nRecommendation:\n\n";
    const listed = extractDecision(
      head +
        [
          "1. Approve expenditure of up to £1,275,000 on the Custody Detention Improvement Programme in 2025/26, comprising:",
          "   • up to £640,000 for additional mental health nurses;",
          "   • up to £410,000 for an expanded appropriate adult service;",
          "   • up to £225,000 for on-demand video interpreting.",
          "2. Approve a grant of £90,000 to Eastside Mentors in 2025/26.",
        ].join("\n") +
        "\n",
      "comprising.txt",
    );
    expect(approvalsOf(listed).map((a) => [a.pence, a.qualifier, a.start])).toEqual([
      [127500000, "up to", "2025-04-01"],
      [9000000, "exact", "2025-04-01"],
    ]);
    expect(byYear(listed)).toEqual({ "2025/26": 136500000 });
    // Parts the words call parts ("including:") need not add up to the whole; a list the words do not call parts, and
    // that does not add up to the sum above it, is of approvals of their own.
    const list = (intro: string) =>
      extractDecision(
        head +
          [
            `1. Approve expenditure of up to £1,275,000 on the Custody Detention Improvement Programme in 2025/26${intro}`,
            "   • up to £640,000 for additional mental health nurses;",
            "   • up to £410,000 for an expanded appropriate adult service.",
            "2. Approve a grant of £90,000 to Eastside Mentors in 2025/26.",
          ].join("\n") +
          "\n",
        "including.txt",
      ).approvals.map((a) => a.pence);
    expect(list(", including:")).toEqual([127500000, 9000000]);
    expect(list(". Also approve:")).toEqual([127500000, 64000000, 41000000, 9000000]);
    const rate = extractDecision(
      head +
        "1. Approve the London Youth Diversion Grant Programme from 2025/26 to 2027/28 at a total cost of £2,160,000, being £720,000 in each financial year.\n",
      "being.txt",
    );
    expect(approvalsOf(rate).map((a) => [a.pence, a.start, a.end])).toEqual([
      [216000000, "2025-04-01", "2028-03-31"],
    ]);
  });

  it("reads a sum followed by its parts as the sum once: per recipient where each part names one, per year after 'of which'", () => {
    const head = "DMPC Decision – PCD 1911\n\nTitle: Hospital youth work\n\nRecommendation:\n\n";
    const grants = extractDecision(
      head +
        "1. Approve expenditure of £1,940,000 in 2025/26 on grants of £1,150,000 to Redthread Youth Ltd, £520,000 to St Giles Trust and £270,000 to Oasis Youth Support for the period 1 April 2025 to 31 March 2026.\n",
      "parts.txt",
    );
    expect(approvalsOf(grants).map((a) => [a.pence, a.recipient, a.start])).toEqual([
      [115000000, "Redthread Youth Ltd", "2025-04-01"],
      [52000000, "St Giles Trust", "2025-04-01"],
      [27000000, "Oasis Youth Support", "2025-04-01"],
    ]);
    expect(byYear(grants)).toEqual({ "2025/26": 194000000 });
    // Parts that do not make the total said after them: the parts are what each recipient is paid; the total
    // they contradict is no further money, and the decision's own statements of it disagree with them.
    const short = extractDecision(
      "DMPC Decision – PCD 1912\n\nTitle: Summer grants\n\nExecutive Summary:\n\nThis decision approves grants totalling £236,000 in 2024/25.\n\nRecommendation:\n\n" +
        "1. Approve grants of £45,000 to Safer London, £60,000 to St Giles Trust, £38,000 to Abianda, £52,000 to Redthread Youth Ltd and £31,000 to Power the Fight in 2024/25, a total of £236,000.\n",
      "short.txt",
    );
    expect(approvalsOf(short).map((a) => a.pence)).toEqual([4500000, 6000000, 3800000, 5200000, 3100000]);
    expect(short.findings.map((f) => [f.code, f.severity])).toContainEqual(["TOTAL_MISMATCH", "error"]);
    // "of which £X in one year, £Y in the next …": the year split of the sum, not more money.
    const split = extractDecision(
      head +
        "1. Approve expenditure of £13.21m (£11.7m capital and £1.51m revenue) for the Mobile Working Smartphone Device Refresh, of which £6.55m in 2024/25, £5.82m in 2025/26 and £0.42m in each of 2026/27 and 2027/28.\n",
      "of-which.txt",
    );
    expect(approvalsOf(split).map((a) => a.pence)).toEqual([1321000000]);
    expect(split.findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
    const span = extractDecision(
      head +
        "1. Approve expenditure of £13.21m for the Mobile Working Smartphone Device Refresh, of which £6.55m in 2024/25 and £6.66m in 2025/26 to 2027/28.\n",
      "of-which-span.txt",
    );
    expect(approvalsOf(span).map((a) => a.pence)).toEqual([1321000000]);
    // "of which" parts going to named bodies are parts of the sum, whatever they add up to.
    const parts = extractDecision(
      head +
        "1. Approve expenditure of £1,560,000 on the London Stalking Threat Assessment Centre from 1 April 2025 to 31 March 2027, of which £900,000 is a grant to the Suzy Lamplugh Trust and £480,000 a contribution to Barnet, Enfield and Haringey Mental Health NHS Trust.\n",
      "of-which-parts.txt",
    );
    expect(approvalsOf(parts).map((a) => a.pence)).toEqual([156000000]);
    expect(span.findings.map((f) => f.code)).not.toContain("FY_MISMATCH");
    // Each recipient's part in brackets after its name.
    const bracketed = extractDecision(
      head +
        "1. Approve expenditure of £1,940,000 in 2025/26 on grants to Redthread Youth Ltd (£1,150,000), St Giles Trust (£520,000) and Oasis Youth Support (£270,000).\n",
      "bracketed.txt",
    );
    expect(approvalsOf(bracketed).map((a) => [a.pence, a.recipient, a.start])).toEqual([
      [115000000, "Redthread Youth Ltd", "2025-04-01"],
      [52000000, "St Giles Trust", "2025-04-01"],
      [27000000, "Oasis Youth Support", "2025-04-01"],
    ]);
    // Bracketed figures that are not each a named recipient's part leave the sum alone.
    const aside = extractDecision(
      head +
        "1. Approve expenditure of £1,940,000 in 2025/26 (£1,150,000 capital and £790,000 revenue) on hospital youth work.\n",
      "aside.txt",
    );
    expect(approvalsOf(aside).map((a) => a.pence)).toEqual([194000000]);
    for (const r of [grants, short, split, span, bracketed, aside]) expectQuotesHold(r);
  });

  it("reads the shares a paragraph gives each recipient the Recommendation lists as their allocations, and checks their sum", () => {
    const read = (shares: string) =>
      extractDecision(
        "DMPC Decision – PCD 1913\n\nTitle: Summer exploitation grants\n\nRecommendation:\n\n" +
          "1. Approve expenditure of £236,000 in 2024/25 on grants to Safer London, St Giles Trust, Abianda, Redthread Youth Ltd and Power the Fight, as set out in paragraph 2.3.\n\n" +
          "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC\n\n2. Issues for consideration\n\n" +
          `- 2.3. The proposed grants are ${shares}\n`,
        "shares.txt",
      );
    const agree = read(
      "£45,000 to Safer London and £60,000 to St Giles Trust for caseworkers; £48,000 to Abianda for support for girls; £52,000 to Redthread Youth Ltd for youth workers; and £31,000 to Power the Fight to work with families.",
    );
    expect(agree.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Safer London", "2024/25", 4500000],
      ["St Giles Trust", "2024/25", 6000000],
      ["Abianda", "2024/25", 4800000],
      ["Redthread Youth Ltd", "2024/25", 5200000],
      ["Power the Fight", "2024/25", 3100000],
    ]);
    expect(agree.findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
    expectQuotesHold(agree);
    const short = read(
      "£45,000 to Safer London and £60,000 to St Giles Trust for caseworkers; £38,000 to Abianda for support for girls; £52,000 to Redthread Youth Ltd for youth workers; and £31,000 to Power the Fight to work with families.",
    );
    const found = short.findings.filter((f) => f.code === "TOTAL_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]!.message).toContain("£226,000");
    // A paragraph naming only some of the recipients shares nothing out.
    const some = read("£45,000 to Safer London and £60,000 to St Giles Trust for caseworkers.");
    expect(some.allocations.map((a) => a.pence)).toEqual([23600000]);
  });

  it("reads each year's commitment from a summary sentence, whichever side of the figure its year is, and no total as a year's", () => {
    const read = (summary: string) =>
      byYear(
        extractDecision(
          "DMPC Decision – PCD 1914\n\nTitle: Reducing reoffending services\n\nExecutive Summary:\n\n" +
            `${summary}\n\nRecommendation:\n\n1. Approve the continued funding of four reducing reoffending services from 1 April 2024 until 31 March 2027.\n`,
          "years.txt",
        ),
      );
    expect(
      read(
        "The financial commitment will be £1,800,000 in 2024/25, £1,800,000 in 2025/26 and £1,710,000 in 2026/27, a total financial commitment of £5,310,000.",
      ),
    ).toEqual({ "2024/25": 180000000, "2025/26": 180000000, "2026/27": 171000000 });
    expect(
      read(
        "The financial commitment in 2024/25 will be £1,350,000 and in 2025/26 £1,255,000, a total of £2,605,000.",
      ),
    ).toEqual({ "2024/25": 135000000, "2025/26": 125500000 });
    expect(
      read(
        "The financial commitment in 2025/26 will be £360,000 and the financial commitment in 2026/27 will be £240,000, a total financial commitment of £600,000.",
      ),
    ).toEqual({ "2025/26": 36000000, "2026/27": 24000000 });
    // The split said again, differently, in the Financial Comments: the first is kept, not the two added up.
    const twice = extractDecision(
      "DMPC Decision – PCD 1915\n\nTitle: DIVERT\n\nExecutive Summary:\n\n" +
        "The financial commitment in 2025/26 will be £360,000 and the financial commitment in 2026/27 will be £240,000, a total financial commitment of £600,000.\n\n" +
        "Recommendation:\n\n1. Approve the extension of the DIVERT programme from 1 April 2025 to 31 March 2027 at a total cost of £600,000.\n\n" +
        "Financial Comments\n\n3.1. The total cost of £600,000 will be met from the MOPAC budget, with £340,000 in 2025/26 and £260,000 in 2026/27.\n",
      "twice.txt",
    );
    expect(byYear(twice)).toEqual({ "2025/26": 36000000, "2026/27": 24000000 });
    expect(twice.findings.filter((f) => f.code === "FY_MISMATCH")).toHaveLength(2);
  });

  it("keeps an approval to the end its own words state ('until the end of March 2026'), its start from a sentence restating the sum", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1916\n\nTitle: Reducing reoffending\n\nExecutive Summary:\n\n" +
        "The financial commitment in 2026/27 will also be £1,305,000, for a total financial commitment of £2,610,000 over the two years.\n\n" +
        "Recommendation:\n\n1. Approve the continued funding of four reducing reoffending services until the end of March 2026, at a total financial commitment of £2,610,000.\n\n" +
        "Financial Comments\n\n3.1. This decision requests approval at a total financial commitment of £2,610,000 from 1 April 2025 until 31 March 2027.\n",
      "until-end.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [261000000, "2025-04-01", "2026-03-31"],
    ]);
  });

  it("takes no allocations from the profile a re-profile starts from: it moves money already approved", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1917\n\nTitle: Custody Improvement Programme re-profile\n\nRecommendation:\n\n" +
        "1. Approve the re-profiling of £3,200,000 of the Custody Improvement Programme capital budget out of 2024/25, into 2025/26 (£2,400,000) and 2026/27 (£800,000).\n\n" +
        "1. Introduction and background\n\n1.3. The currently approved profile (PCD 1455) is:\n\n" +
        "Approved profile\t2023/24\t2024/25\t2025/26\t2026/27\n" +
        "Capital\t£2,100,000\t£6,400,000\t£4,500,000\t£1,500,000\n",
      "reprofile.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind])).toEqual([[320000000, "re-profile"]]);
    expect(r.allocations).toEqual([]);
  });

  it("fixes no money for a year from background, a change that might be made, or a decision with no financial implications", () => {
    const read = (recommendation: string, financial: string) =>
      extractDecision(
        [
          "DMPC Decision – PCD 1991",
          "",
          "Title: Response to the Police Allocation Formula consultation",
          "",
          "Executive Summary:",
          "",
          "The MPS receives around £2.5bn of the £9.9bn of core grant distributed in 2025/26.",
          "",
          "Recommendation:",
          "",
          recommendation,
          "",
          "3. Financial Comments",
          "",
          financial,
          "",
        ].join("\n"),
        "background.txt",
      );
    const none = read(
      "1. Approve the MOPAC response to the Home Office consultation at Appendix 1.",
      "3.1. There are no direct financial implications arising from this decision.",
    );
    expect(none.allocations).toEqual([]);
    const withGrant = read(
      "1. Approve a grant of £100,000 to Victim Support in 2025/26.",
      "3.1. If implemented, the revised formula would reduce core grant to MOPAC by £0.5M in 2026/27.",
    );
    expect(byYear(withGrant)).toEqual({ "2025/26": 10000000 });
  });

  it("reads a recommendation that approves what the paper or a paragraph sets out as approving what they ask for", () => {
    const paper = extractDecision(
      [
        "DMPC Decision – PCD 1999",
        "",
        "Title: Independent Custody Visiting Scheme – Digital Reporting System",
        "",
        "Executive Summary:",
        "",
        "This paper seeks approval for expenditure of up to £275,000 in 2025/26, funded from the MOPAC Transformation Reserve, for a digital reporting system.",
        "",
        "Recommendation:",
        "",
        "1. Approve the proposal set out in this paper.",
        "",
      ].join("\n"),
      "paper.txt",
    );
    expect(paper.approvals.map((a) => [a.pence, a.qualifier, a.start, a.end, a.fundingSource])).toEqual([
      [27500000, "up to", "2025-04-01", "2026-03-31", "MOPAC Transformation Reserve"],
    ]);
    const paragraph = extractDecision(
      [
        "DMPC Decision – PCD 1998",
        "",
        "Title: Survivor Support",
        "",
        "Recommendation:",
        "",
        "1. Approve the recommendations set out in paragraph 3.1.",
        "",
        "3. Financial Comments",
        "",
        "3.1. MOPAC will award a grant of £120,000 to Nia for 2025/26.",
        "3.2. Nia has delivered the service since 2019 at a cost of £110,000 a year.",
        "",
      ].join("\n"),
      "paragraph.txt",
    );
    expect(approvalsOf(paragraph).map((a) => [a.pence, a.recipient, a.kind, a.start])).toEqual([
      [12000000, "Nia", "grant", "2025-04-01"],
    ]);
  });

  it("reads an extension's end with no start, a list of recipients whole, and the kind without a delegated clause", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1997",
        "",
        "Title: Survivor Services",
        "",
        "Recommendation:",
        "",
        "1. Approve an extension of the grant to Redthread Youth Ltd until 31 March 2026, at a cost of up to £96,500.",
        "2. Approve funding of £1.2 million in 2025/26 through grant agreements with Rape Crisis South London, the Women and Girls Network, Solace Women's Aid and Nia.",
        "3. Approve a budget of £460,000 in 2026/27 for the Custody Intervention Programme, and delegate the award of the resulting contract to the Director.",
        "",
      ].join("\n"),
      "mixed.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind, a.recipient, a.start, a.end])).toEqual([
      [9650000, "grant variation", "Redthread Youth Ltd", null, "2026-03-31"],
      [
        120000000,
        "grant",
        "Rape Crisis South London, the Women and Girls Network, Solace Women's Aid and Nia",
        "2025-04-01",
        "2026-03-31",
      ],
      [46000000, "funding", null, "2026-04-01", "2027-03-31"],
    ]);
  });

  it("reads the recipient an item opens with ('a) Redthread Youth Ltd – a grant of £95,000 …')", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1996",
        "",
        "Title: Navigator Grants",
        "",
        "Recommendations:",
        "",
        "The Deputy Mayor for Policing and Crime is recommended to approve:",
        "a) Redthread Youth Ltd – a grant of £95,000 for the A&E youth navigator service;",
        "b) St Giles Trust – a grant of £72,500 for custody navigators;",
        "each for the period 1 April 2025 to 31 March 2026.",
        "",
      ].join("\n"),
      "leading.txt",
    );
    expect(r.approvals.map((a) => [a.pence, a.recipient])).toEqual([
      [9500000, "Redthread Youth Ltd"],
      [7250000, "St Giles Trust"],
    ]);
  });

  it("does not read money spent in the past as money the decision fixes for that year", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1909",
        "",
        "Title: Recruitment Marketing",
        "",
        "Recommendation:",
        "",
        "1. Approve the drawdown of £450,000 from the Managing Risk Reserve in 2024/25 to fund the recruitment campaign.",
        "",
        "2. Issues for consideration",
        "",
        "2.1. The MPS spent £1.2m on recruitment marketing in 2023/24 from its base budget, which is fully committed this year.",
        "2.2. The campaign will cost £450,000 in 2024/25.",
        "",
      ].join("\n"),
      "past.txt",
    );
    expect(byYear(r)).toEqual({ "2024/25": 45000000 });
    expect(r.allocations.map((a) => a.fundingSource)).toEqual(["Managing Risk Reserve"]);
  });

  it("approves no figure where the value is withheld in Part 2: a saving or the budget it sits within is no approval", () => {
    const read = (words: string) =>
      extractDecision(
        `DMPC Decision – PCD 1910\n\nTitle: Security Guarding\n\nRecommendation:\n\n1. Approve the award of a contract for security guarding services to Corps Security (UK) Ltd for three years from 1 August 2025${words}\n`,
        "part-2.txt",
      );
    for (const words of [
      " at the value set out in the Part 2 report, which is within the existing budget provision of £3.2m a year.",
      ". The contract value is set out in Part 2 and represents a saving of approximately £240,000 a year against the current contract.",
    ]) {
      const r = read(words);
      expect(r.approvals).toEqual([]);
      expect(r.allocations).toEqual([]);
      expect(r.findings.map((f) => f.code)).not.toContain("APPROXIMATE_AMOUNT");
      // The record says why it has no figure: the value is in the confidential Part 2.
      expect(r.findings.map((f) => [f.code, f.severity])).toEqual([["VALUE_WITHHELD", "info"]]);
      expectQuotesHold(r);
    }
    // A name with a bracket in it is read whole.
    expect(read(" at a cost of £9.6m.").approvals.map((a) => [a.pence, a.recipient])).toEqual([
      [960000000, "Corps Security (UK) Ltd"],
    ]);
  });

  it("reads a contingency included in a total as part of it, and a source named after a VAT aside", () => {
    const head = "DMPC Decision – PCD 1911\n\nTitle: Range Ventilation\n\nRecommendation:\n\n";
    for (const words of [
      "including a contingency of £210,000",
      "which includes a contingency of £210,000",
      "including £210,000 of contingency",
    ]) {
      const r = extractDecision(
        `${head}That the DMPC approves the Full Business Case at a total capital cost of £2,310,000, ${words}, over 2025/26 and 2026/27.\n`,
        "contingency.txt",
      );
      expect(r.approvals.map((a) => a.pence)).toEqual([231000000]);
    }
    const vat = extractDecision(
      `${head}1. Approve the release of £1.2m excluding VAT (£1.44m including VAT) from the Capital Programme to replace docking stations in 2025/26.\n`,
      "vat.txt",
    );
    expect(vat.approvals.map((a) => [a.pence, a.fundingSource])).toEqual([[120000000, "Capital Programme"]]);
  });

  it("does not read a threshold or limit a recommendation sets as money approved", () => {
    const head =
      "DMPC Decision – PCD 1674\n\nTitle: Gifts and Hospitality Policy 2024\n\nRecommendation:\n\n";
    const policy = extractDecision(
      head +
        "1. Approve the revised Gifts and Hospitality Policy, which raises the threshold for registering gifts from £25 to £50.\n\nFinancial Comments\n\n3.1. There are no financial implications arising from this decision.\n",
      "policy.txt",
    );
    expect(policy.approvals).toEqual([]);
    expect(policy.allocations).toEqual([]);
    const award = extractDecision(
      head +
        "1. Approve the award of a contract worth £1,200,000 to Acme Services Ltd from 1 April 2024 to 31 March 2025, above the public procurement threshold of £214,904.\n",
      "award.txt",
    );
    expect(approvalsOf(award).map((a) => [a.pence, a.recipient])).toEqual([[120000000, "Acme Services Ltd"]]);
  });

  it("keeps the same sum approved for two different years, and two recipients of the same sum, as separate approvals", () => {
    const head = "DMPC Decision – PCD 1714\n\nTitle: Online Hate Crime Hub\n\nRecommendation:\n\n";
    const r = extractDecision(
      head +
        "1. Approve expenditure of £1.5m in 2024/25 and £1.5m in 2025/26 for the Online Hate Crime Hub, funded from the Home Office.\n",
      "years.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [150000000, "2024-04-01", "2025-03-31"],
      [150000000, "2025-04-01", "2026-03-31"],
    ]);
    expect(byYear(r)).toEqual({ "2024/25": 150000000, "2025/26": 150000000 });
    const two = extractDecision(
      head +
        "1. Approve a grant of £100,000 to Victim Support for 2024/25.\n2. Approve a grant of £100,000 to Safer London for 2024/25.\n",
      "two.txt",
    );
    expect(approvalsOf(two).map((a) => [a.pence, a.recipient])).toEqual([
      [10000000, "Victim Support"],
      [10000000, "Safer London"],
    ]);
  });

  it("gives a recommendation 'over the same period' the period before it, even where a year is named elsewhere", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1655\n\nTitle: Witness care\n\nRecommendation:\n\n" +
        "1. Approve a grant of £1,246,000 to Victim Support for the witness care service from 1 July 2024 to 31 March 2026.\n" +
        "2. Approve expenditure of £160,000 for a pre-trial special measures pilot in the MPS Witness Care Units over the same period.\n\n" +
        "Financial Comments:\n\n3.1. The pilot of £160,000 is funded from the 2024/25 Victims budget.\n",
      "same-period.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [124600000, "2024-07-01", "2026-03-31"],
      [16000000, "2024-07-01", "2026-03-31"],
    ]);
  });

  it("gives a recommendation 'for the same period' the period of the one before it", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1713\n\nTitle: Problem-solving courts\n\nRecommendation:\n\n" +
        "1. Approve a grant of up to £300,000 to the Centre for Justice Innovation for the period 1 April 2024 to 31 March 2025.\n" +
        "2. Approve a grant of up to £120,000 to Standing Together Against Domestic Abuse for the same period.\n",
      "same.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [30000000, "2024-04-01", "2025-03-31"],
      [12000000, "2024-04-01", "2025-03-31"],
    ]);
  });

  it("reads a yearly sum over whole financial years as the sum of its years, one allocation a year", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1710\n\nTitle: Community Payback Pilot\n\nRecommendation:\n\n" +
        "1. Approve funding of £250k per annum for three years, 2024/25 to 2026/27, to London CRC for the community payback pilot.\n",
      "rate.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [75000000, "2024-04-01", "2027-03-31"],
    ]);
    expect(r.approvals[0]!.quote).toBe("£250k per annum");
    expect(byYear(r)).toEqual({ "2024/25": 25000000, "2025/26": 25000000, "2026/27": 25000000 });
    expect(r.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
    expectQuotesHold(r);
  });

  it("splits a total by the yearly sum it restates in brackets, where the years are whole and it adds up", () => {
    const read = (words: string) =>
      extractDecision(
        `DMPC Decision – PCD 1906\n\nTitle: Havens\n\nRecommendation:\n\n1. Approve ${words} for the Havens service.\n`,
        "bracket-rate.txt",
      );
    const even = read("a total cost of £1,350,000 (£450,000 per annum) from 1 April 2023 to 31 March 2026");
    expect(approvalsOf(even).map((a) => [a.pence, a.start, a.end])).toEqual([
      [135000000, "2023-04-01", "2026-03-31"],
    ]);
    expect(byYear(even)).toEqual({ "2023/24": 45000000, "2024/25": 45000000, "2025/26": 45000000 });
    expect(even.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
    expectQuotesHold(even);
    // A rate that does not make the total, or years that are not whole, fix no split.
    const off = read("a total cost of £1,350,000 (£400,000 per annum) from 1 April 2023 to 31 March 2026");
    expect(approvalsOf(off).map((a) => a.pence)).toEqual([135000000]);
    expect(byYear(off)).toEqual({});
    const part = read(
      "a total cost of £900,000 (£450,000 per annum) from 1 October 2023 to 30 September 2025",
    );
    expect(byYear(part)).toEqual({});
  });

  it("reads an annual sum over a term ('an annual rent of £425,000 for a term of 10 years') as the sum of its years", () => {
    const lease = extractDecision(
      "DMPC Decision – PCD 1907\n\nTitle: Lease renewal\n\nRecommendation:\n\n" +
        "1. Approve the renewal of the lease of 12 High Street from Aldgate Estates Limited at an annual rent of £425,000 for a term of 10 years from 25 December 2022.\n",
      "lease.txt",
    );
    expect(approvalsOf(lease).map((a) => [a.pence, a.start, a.end])).toEqual([
      [425000000, "2022-12-25", "2032-12-24"],
    ]);
    expect(lease.approvals[0]!.quote).toBe("annual rent of £425,000");
    expectQuotesHold(lease);
    const grant = extractDecision(
      "DMPC Decision – PCD 1908\n\nTitle: Youth grant\n\nRecommendation:\n\n" +
        "1. Approve an annual grant of £250,000 to Northside Youth Trust for three years from 1 April 2024.\n",
      "annual-grant.txt",
    );
    expect(approvalsOf(grant).map((a) => [a.pence, a.recipient])).toEqual([
      [75000000, "Northside Youth Trust"],
    ]);
    expect(byYear(grant)).toEqual({ "2024/25": 25000000, "2025/26": 25000000, "2026/27": 25000000 });
    // One year's sum is that sum.
    const one = extractDecision(
      "DMPC Decision – PCD 1909\n\nTitle: Youth grant\n\nRecommendation:\n\n" +
        "1. Approve an annual grant of £250,000 to Northside Youth Trust for 2024/25.\n",
      "annual-one.txt",
    );
    expect(approvalsOf(one).map((a) => a.pence)).toEqual([25000000]);
  });

  it("reads a first year's sum and a yearly sum 'thereafter' to a stated end as the first year, then each later year", () => {
    const read = (words: string, more = "") =>
      extractDecision(
        "DMPC Decision – PCD 1910\n\nTitle: Example House lease\n\nRecommendation:\n\n" +
          `1. Approve expenditure of ${words} for the lease of Example House.\n${more}`,
        "thereafter.txt",
      );
    const lease = read(
      "£106,250 in 2022/23 and £425,000 in each full financial year thereafter to 31 March 2026",
      "\nFinancial Comments\n\n3.1. The cost is £106,250 in 2022/23 and £425,000 in each of 2023/24, 2024/25 and 2025/26, a total of £1,381,250.\n",
    );
    expect(approvalsOf(lease).map((a) => [a.pence, a.start, a.end])).toEqual([
      [10625000, "2022-04-01", "2023-03-31"],
      [127500000, "2023-04-01", "2026-03-31"],
    ]);
    expect(lease.approvals[1]!.quote).toBe("£425,000 in each full financial year thereafter");
    expect(byYear(lease)).toEqual({
      "2022/23": 10625000,
      "2023/24": 42500000,
      "2024/25": 42500000,
      "2025/26": 42500000,
    });
    expect(lease.findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
    expectQuotesHold(lease);
    // The end as a financial year, or as a number of years.
    for (const words of [
      "£50,000 in 2024/25 and £200,000 per annum thereafter until 2026/27",
      "£50,000 in 2024/25 and £200,000 a year thereafter for a further two years",
    ]) {
      const r = read(words);
      expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
        [5000000, "2024-04-01", "2025-03-31"],
        [40000000, "2025-04-01", "2027-03-31"],
      ]);
      expect(byYear(r)).toEqual({ "2024/25": 5000000, "2025/26": 20000000, "2026/27": 20000000 });
    }
    // With no end, the yearly sum approves nothing that can be counted: the first year's sum alone.
    const open = read("£50,000 in 2024/25 and £200,000 a year thereafter");
    expect(approvalsOf(open).map((a) => a.pence)).toEqual([5000000]);
    expect(byYear(open)).toEqual({ "2024/25": 5000000 });
  });

  it("reads a sum 'in each of' two financial years as the sum of both, one allocation a year", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1900\n\nTitle: Redthread\n\nRecommendation:\n\n" +
        "1. Approve grants of £600,000 in each of 2025/26 and 2026/27 to Redthread for the youth violence intervention programme.\n",
      "each-of.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.recipient, a.start, a.end])).toEqual([
      [120000000, "Redthread", "2025-04-01", "2027-03-31"],
    ]);
    expect(byYear(r)).toEqual({ "2025/26": 60000000, "2026/27": 60000000 });
    expect(r.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
    expectQuotesHold(r);
  });

  it("reads a sum per month or per year over whole months as the sum of its months; per month, each FY its months", () => {
    const read = (words: string) =>
      extractDecision(
        `DMPC Decision – PCD 1904\n\nTitle: Custody Capacity\n\nRecommendation:\n\n1. Approve expenditure of ${words} on temporary custody capacity.\n`,
        "rates.txt",
      );
    const monthly = read("£70,000 per month for six months from 1 October 2024");
    expect(approvalsOf(monthly).map((a) => [a.pence, a.start, a.end])).toEqual([
      [42000000, "2024-10-01", "2025-03-31"],
    ]);
    expect(monthly.approvals[0]!.quote).toBe("£70,000 per month");
    expect(byYear(monthly)).toEqual({ "2024/25": 42000000 });

    const eighteen = read("£100,000 per annum for 18 months from 1 October 2024");
    expect(approvalsOf(eighteen).map((a) => [a.pence, a.start, a.end])).toEqual([
      [15000000, "2024-10-01", "2026-03-31"],
    ]);
    // A sum a year over part years says what each contract year costs, not what falls in each financial year.
    expect(byYear(eighteen)).toEqual({});
    expect(eighteen.findings.map((f) => f.code)).toContain("SPLIT_UNDETERMINED");

    const threeYears = read("£250k per annum for three years from 1 July 2024");
    expect(approvalsOf(threeYears).map((a) => a.pence)).toEqual([75000000]);
    expect(byYear(threeYears)).toEqual({});
    // Per month, the months of each financial year are said.
    const perMonth = read("£20,000 per month for nine months from 1 January 2025");
    expect(approvalsOf(perMonth).map((a) => a.pence)).toEqual([18000000]);
    expect(byYear(perMonth)).toEqual({ "2024/25": 6000000, "2025/26": 12000000 });
    for (const r of [monthly, eighteen, threeYears, perMonth]) expectQuotesHold(r);

    // Whatever the rate and length, the allocations add up exactly to the approval, or there are none.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (pounds, length, month, perMonth) => {
          const r = read(
            `£${pounds.toLocaleString("en-GB")} ${perMonth ? "per month" : "per annum"} for ${length} months from 1 ${monthName(month)} 2025`,
          );
          const [a] = r.approvals;
          const allocated = r.allocations.reduce((sum, x) => sum + x.pence, 0);
          if (perMonth) expect(a!.pence).toBe(pounds * 100 * length);
          if (r.allocations.length > 0) expect(allocated).toBe(a!.pence);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads a new contract with an option to extend as a contract, not a variation", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1900\n\nTitle: Fieldwork\n\nRecommendation:\n\n" +
        "1. Approve the award of a contract to Fieldwork Research Ltd for an initial period of three years from 1 July 2024, with an option to extend for a further two years, at a total contract value of up to £1.25 million.\n",
      "option.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind])).toEqual([[125000000, "contract"]]);
    const variation = extractDecision(
      "DMPC Decision – PCD 1901\n\nTitle: Fieldwork\n\nRecommendation:\n\n" +
        "1. Approve the extension of the contract with Fieldwork Research Ltd for a further year from 1 July 2027 at a cost of £400,000.\n",
      "variation.txt",
    );
    expect(approvalsOf(variation).map((a) => a.kind)).toEqual(["contract variation"]);
  });

  it("runs a contract's sum over its extensions where it is stated over the full term, else over the initial term", () => {
    const award = (words: string) =>
      approvalsOf(
        extractDecision(
          "DMPC Decision – PCD 1902\n\nTitle: ANPR\n\nRecommendation:\n\n" +
            `1. Approve the award of a contract to Roadside Optics Ltd for an initial period of three years from 1 July 2024, with an option to extend for a further two years, ${words}.\n`,
          "term.txt",
        ),
      ).map((a) => [a.pence, a.start, a.end]);
    expect(award("at a total contract value of up to £1.25 million over the full five-year term")).toEqual([
      [125000000, "2024-07-01", "2029-06-30"],
    ]);
    expect(award("at a cost of up to £1.25 million including the extension")).toEqual([
      [125000000, "2024-07-01", "2029-06-30"],
    ]);
    expect(award("at a cost of up to £750,000")).toEqual([[75000000, "2024-07-01", "2027-06-30"]]);
  });

  it("reads a table in thousands of pounds (£000) at its full value, with no false total mismatch", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1900",
        "",
        "Title: Cyber Crime Unit",
        "",
        "Recommendation:",
        "",
        "1. Approve revenue funding of £1,290,000 for the Cyber Crime Unit over 2024/25 to 2026/27.",
        "",
        "Financial Comments",
        "",
        "3.1. The costs are set out below.",
        "",
        "£000\t2024/25\t2025/26\t2026/27\tTotal",
        "Staffing\t420\t430\t440\t1,290",
        "Total\t420\t430\t440\t1,290",
        "",
      ].join("\n"),
      "thousands.txt",
    );
    expect(byYear(r)).toEqual({ "2024/25": 42000000, "2025/26": 43000000, "2026/27": 44000000 });
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.amounts.map((a) => a.pence)).toEqual([129000000]);
    expectQuotesHold(r);
  });

  it("reads a table with a row per year and a column per kind of money, in the unit the sentence before it states", () => {
    const read = (unitSentence: string, cells: string[][]) =>
      extractDecision(
        [
          "DMPC Decision – PCD 1906",
          "",
          "Title: Custody Suite Refurbishment – Full Business Case",
          "",
          "Recommendation:",
          "",
          "1. Approve the Full Business Case at a total cost of £5.14m over 2025/26 to 2027/28.",
          "",
          "3. Financial Comments",
          "",
          `3.1. The total cost of £5.14m is profiled below.${unitSentence}`,
          "",
          "Financial year\tCapital\tRevenue\tTotal",
          ...cells.map((r) => r.join("\t")),
          "",
        ].join("\n"),
        "capital-revenue.txt",
      );
    const want = [
      ["Capital", "2025/26", 185000000],
      ["Revenue", "2025/26", 12000000],
      ["Capital", "2026/27", 240000000],
      ["Revenue", "2026/27", 18000000],
      ["Capital", "2027/28", 35000000],
      ["Revenue", "2027/28", 24000000],
    ];
    const thousands = read(" Figures are in £000.", [
      ["2025/26", "1,850", "120", "1,970"],
      ["2026/27", "2,400", "180", "2,580"],
      ["2027/28", "350", "240", "590"],
      ["Total", "4,600", "540", "5,140"],
    ]);
    expect(thousands.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual(want);
    expect(thousands.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const pounds = read("", [
      ["2025/26", "£1,850,000", "£120,000", "£1,970,000"],
      ["2026/27", "£2,400,000", "£180,000", "£2,580,000"],
      ["2027/28", "£350,000", "£240,000", "£590,000"],
      ["Total", "£4,600,000", "£540,000", "£5,140,000"],
    ]);
    expect(pounds.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual(want);
    for (const r of [thousands, pounds]) expectQuotesHold(r);
  });

  it("reads a table's unit from its label column's header ('Budget line (£m)') or the words just before it ('… below (£m):')", () => {
    const read = (intro: string, labelHeader: string) =>
      extractDecision(
        [
          "DMPC Decision – PCD 1915",
          "",
          "Title: Custody programme",
          "",
          "Recommendation:",
          "",
          "1. Approve capital expenditure of £2.7m over 2024/25 and 2025/26 on the custody programme.",
          "",
          "Financial Comments:",
          "",
          `3.1. The expenditure is profiled as follows${intro}`,
          "",
          `${labelHeader}\t2024/25\t2025/26\tTotal`,
          "Design and build\t1.2\t0.9\t2.1",
          "Fees\t0.35\t0.25\t0.6",
          "Total\t1.55\t1.15\t2.7",
          "",
        ].join("\n"),
        "unit.txt",
      );
    const want = [
      ["Design and build", "2024/25", 120000000],
      ["Design and build", "2025/26", 90000000],
      ["Fees", "2024/25", 35000000],
      ["Fees", "2025/26", 25000000],
    ];
    for (const r of [read(":", "Cost element (£m)"), read(" (£m):", "Cost element")]) {
      expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual(want);
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("takes no allocations from a table of a grant's history, whose rows name other decisions", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1605",
        "",
        "Title: Nurture UK grant variation",
        "",
        "Recommendation:",
        "",
        "1. Approve a variation to the grant agreement with Nurture UK to add £240,000 in each of 2024/25 and 2025/26, bringing the total to £1,310,000.",
        "",
        "Financial Comments:",
        "",
        "3.1. The grant's history is:",
        "",
        "Decision\tPeriod\tAmount",
        "PCD 1152\t2022/23\t£350,000",
        "PCD 1283\t2023/24\t£300,000",
        "PCD 1466\t2023/24\t£180,000",
        "PCD 1605 (this decision)\t2024/25 and 2025/26\t£480,000",
        "Revised total\t\t£1,310,000",
        "",
      ].join("\n"),
      "history.txt",
    );
    expect(byYear(r)).toEqual({ "2024/25": 24000000, "2025/26": 24000000 });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads a carry-forward into the year it goes into, and no year outside the approvals' periods from the background", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1916",
        "",
        "Title: VRU carry forward of 2020/21 underspend",
        "",
        "Recommendation:",
        "",
        "1. Approve the carry forward of £1,146,300 of the VRU's 2020/21 underspend into 2021/22, and its drawdown from the VRU earmarked reserve.",
        "",
        "Financial Comments:",
        "",
        "3.1. The VRU's final outturn for 2020/21 showed an underspend of £1.6 million, of which £1,146,300 was Mayoral funding. Funding for 2019/20 was reduced from £265k in 2018/19.",
        "",
      ].join("\n"),
      "carry-forward.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [114630000, "2021-04-01", "2022-03-31"],
    ]);
    expect(byYear(r)).toEqual({ "2021/22": 114630000 });
  });

  it("splits an approval over whole financial years by a yearly cost the text states elsewhere", () => {
    const read = (perYear: string) =>
      extractDecision(
        [
          "DMPC Decision – PCD 1917",
          "",
          "Title: Stalking advocacy contract",
          "",
          "Recommendation:",
          "",
          "1. Approve the award of a contract to Veritas Advocacy Ltd for three years from 1 April 2020 at a cost of £1.5m.",
          "",
          "Financial Comments:",
          "",
          `3.1. The contract will cost ${perYear} per annum, met from the MOPAC Victims budget.`,
          "",
        ].join("\n"),
        "per-annum.txt",
      );
    const even = read("£500,000");
    expect(byYear(even)).toEqual({ "2020/21": 50000000, "2021/22": 50000000, "2022/23": 50000000 });
    expect(even.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
    expect(byYear(read("£450,000"))).toEqual({});
  });

  it("does not approve the rates and envelopes an item states beside its sum ('in a full year', 'per full-time equivalent', 'within a … programme of')", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1918",
        "",
        "Title: Police staff pay award 2023/24",
        "",
        "Recommendation:",
        "",
        "1. Approve a 4% pay award for MPS police staff and PCSOs from 1 July 2023, costing £48.6m in a full year, £36.5m in 2023/24;",
        "2. Approve a one-off non-consolidated payment of £1,000 per full-time equivalent to police staff in post on 1 July 2023, at a cost of £11.2m in 2023/24;",
        "3. Approve the capital budget for 2023/24 of £418.6m, within a five-year capital programme of £1.84bn to 2027/28;",
        "",
      ].join("\n"),
      "rates.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start])).toEqual([
      [3650000000, "2023-07-01"],
      [1120000000, "2023-04-01"],
      [41860000000, "2023-04-01"],
    ]);
  });

  it("takes no allocations or totals from a table of a budget before and after a change (re-profile, virement)", () => {
    const read = (table: string[]) =>
      extractDecision(
        [
          "DMPC Decision – PCD 1612",
          "",
          "Title: Your Choice re-profile",
          "",
          "Recommendation:",
          "",
          "1. Approve the re-profiling of £400,000 of the Your Choice programme budget from 2023/24 into 2024/25, with no change to the total of £2,100,000 approved under PCD 1420.",
          "",
          "Financial Comments:",
          "",
          "3.1. The budget before and after the re-profile is:",
          "",
          ...table,
          "",
        ].join("\n"),
        "reprofile.txt",
      );
    const long = read([
      "Financial year\tApproved budget\tRe-profile\tRevised budget",
      "2023/24\t£1,050,000\t(£400,000)\t£650,000",
      "2024/25\t£1,050,000\t£400,000\t£1,450,000",
    ]);
    const wide = read([
      "Budget line\tApproved 2023/24\tVirement\tRevised 2023/24",
      "Crime Prevention\t£8,600,000\t(£1,200,000)\t£7,400,000",
      "Victims and Witnesses\t£10,600,000\t£1,200,000\t£11,800,000",
    ]);
    for (const r of [long, wide]) {
      // A re-profile moves money already approved: no new money in any year, and its years are said.
      expect(approvalsOf(r).map((a) => [a.pence, a.kind])).toEqual([[40000000, "re-profile"]]);
      expect(r.allocations).toEqual([]);
      expect(r.findings).toEqual([]);
    }
  });

  it("approves the sum without VAT where the item gives it after the sum with VAT", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1919",
        "",
        "Title: Direct award",
        "",
        "Recommendation:",
        "",
        "1. Approve the direct award of a contract to Custodia Ltd for two years from 1 April 2024 at a cost of £648,000 including VAT (£540,000 excluding VAT).",
        "",
        "Financial Comments:",
        "",
        "3.1. The cost will be paid as £270,000 in 2024/25 and £270,000 in 2025/26. MOPAC recovers the VAT.",
        "",
      ].join("\n"),
      "vat.txt",
    );
    expect(approvalsOf(r).map((a) => a.pence)).toEqual([54000000]);
    expect(r.findings.filter((f) => f.code === "TOTAL_MISMATCH")).toEqual([]);
  });

  it("approves the initial term's sum, not the sum if the extensions are taken up", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1920\n\nTitle: Stalking advocacy\n\nRecommendation:\n\n" +
        "1. Approve the award of a contract to Veritas Advocacy Ltd for three years from 1 April 2020 with an option to extend for up to two further years, at a cost of £1.5m for the initial term; £2.5m if both extensions are taken up.\n",
      "extensions.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [150000000, "2020-04-01", "2023-03-31"],
    ]);
  });

  it("reads a loan's drawdown years, not its repayment years, and a write-off as no spending", () => {
    const loan = extractDecision(
      "DMPC Decision – PCD 1921\n\nTitle: Imber Court loan\n\nRecommendation:\n\n" +
        "1. Approve a loan of up to £2.4m to the Metropolitan Police Athletic Association, to be drawn down as £1.5m in 2024/25 and £0.9m in 2025/26, and repayable with interest over 15 years from 2026/27 at a fixed rate of 4.85%.\n",
      "loan.txt",
    );
    expect(approvalsOf(loan).map((a) => [a.pence, a.kind, a.start, a.end])).toEqual([
      [240000000, "loan", "2024-04-01", "2026-03-31"],
    ]);
    expect(loan.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
    const writeOff = extractDecision(
      "DMPC Decision – PCD 1922\n\nTitle: Debt write-off\n\nRecommendation:\n\n" +
        "1. Approve the write-off of 37 irrecoverable debts totalling £1,284,377.12 in 2024/25, against the bad debt provision.\n",
      "write-off.txt",
    );
    expect(approvalsOf(writeOff).map((a) => [a.pence, a.kind])).toEqual([[128437712, "write-off"]]);
    expect(writeOff.allocations).toEqual([]);
  });

  it("reads lettered grants that make the sum above them as one approval a recipient, over the period the text gives", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1812",
        "",
        "Title: Young Victims of Exploitation Support Service",
        "",
        "Recommendation:",
        "",
        "1. Approve grant awards totalling £1,035,000 until 31 March 2026 for the Young Victims of Exploitation Support Service, as follows:",
        "",
        "(a) Redthread – £415,000 for the hospital-based exploitation pathway;",
        "",
        "(b) Safer London – £380,000 for community-based specialist caseworkers;",
        "",
        "(c) Victim Support – £240,000 for the young victims' advocacy and practical support element.",
        "",
        "Financial Comments:",
        "",
        "3.1. Delivery will run from 1 July 2025 until 31 March 2026.",
        "",
      ].join("\n"),
      "lettered.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.recipient, a.kind, a.start, a.end])).toEqual([
      [41500000, "Redthread", "grant", "2025-07-01", "2026-03-31"],
      [38000000, "Safer London", "grant", "2025-07-01", "2026-03-31"],
      [24000000, "Victim Support", "grant", "2025-07-01", "2026-03-31"],
    ]);
    expect(byYear(r)).toEqual({ "2025/26": 103500000 });
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reads a lease granted to a tenant as money in, and a share of a joint cost as the sum approved", () => {
    const lease = extractDecision(
      "DMPC Decision – PCD 1186\n\nTitle: Lease of ground floor\n\nRecommendation:\n\n" +
        "1. Approve the grant of a lease of the ground floor of Romford Police Station to Havering Community Dental Services CIC for a term of ten years from 1 September 2022 at an annual rent of £86,500.\n",
      "lease-out.txt",
    );
    expect(approvalsOf(lease).map((a) => a.kind)).toEqual(["disposal"]);
    const share = extractDecision(
      "DMPC Decision – PCD 1401\n\nTitle: Joint pilot\n\nRecommendation:\n\n" +
        "1. Approve expenditure of £300,000, being MOPAC's share of the £600,000 total cost of the joint pilot with Essex PFCC, over 2023/24 and 2024/25.\n",
      "share.txt",
    );
    expect(approvalsOf(share).map((a) => a.pence)).toEqual([30000000]);
  });

  it("reads no allocations from a schedule of hourly rates, nor from sentences where nothing is approved", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 0498",
        "",
        "Title: Special police services charges 2019/20",
        "",
        "Recommendation:",
        "",
        "1. Approve the schedule of hourly charges for special police services set out at paragraph 3.1.",
        "2. Note that income in 2019/20 is estimated at £9.6m.",
        "",
        "Financial Comments:",
        "",
        "3.1. The charges are:",
        "",
        "Rank\t2018/19 rate per hour\t2019/20 rate per hour",
        "Police Constable\t£62.98\t£64.24",
        "Sergeant\t£74.10\t£75.58",
        "",
        "3.2. In 2017/18 the MPS recovered £9.1m from special police services.",
        "",
      ].join("\n"),
      "rates-schedule.txt",
    );
    expect(r.approvals).toEqual([]);
    expect(r.allocations).toEqual([]);
  });

  it("reads an item's total stated with its parts once: parts to named recipients are the approvals", () => {
    const read = (item: string) =>
      approvalsOf(
        extractDecision(
          `DMPC Decision – PCD 1923\n\nTitle: Advocacy services\n\nRecommendation:\n\n1. ${item}\n`,
          "parts.txt",
        ),
      ).map((a) => [a.pence, a.recipient]);
    expect(
      read(
        "Approve grants of £280,000 per annum to Solace Women's Aid, £240,000 per annum to Survivors UK and £195,000 per annum to Galop, each for three years from 1 April 2024, a total of £2,145,000.",
      ),
    ).toEqual([
      [84000000, "Solace Women's Aid"],
      [72000000, "Survivors UK"],
      [58500000, "Galop"],
    ]);
    expect(
      read(
        "Approve grants of £840,000 to Solace Women's Aid, £720,000 to Survivors UK and £585,000 to Galop for 2024/25, a total of £2,145,000.",
      ),
    ).toEqual([
      [84000000, "Solace Women's Aid"],
      [72000000, "Survivors UK"],
      [58500000, "Galop"],
    ]);
    expect(
      read(
        "Approve the release of £620,000 for 2021/22, for the second year of the Integrated Offender Management programme, comprising £470,000 to the Metropolitan Police Service and a grant of £150,000 to St Giles Trust.",
      ),
    ).toEqual([
      [47000000, "Metropolitan Police Service"],
      [15000000, "St Giles Trust"],
    ]);
  });

  it("approves no money for an extension at no additional cost whose contract value 'remains £X as approved under PCD N'", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1566\n\nTitle: Restorative justice extension\n\nRecommendation\n\n" +
        "The DMPC approves a six-month extension of the London Restorative Justice Service contract with Catch22, from 1 January 2024 to 30 June 2024, at no additional cost to MOPAC. The total contract value remains £1,480,000 as approved under PCD 1105.\n",
      "no-cost.txt",
    );
    expect(r.approvals).toEqual([]);
    expect(r.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
  });

  it("names a table's lines by its service column where the table also has a provider column", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1561",
        "",
        "Title: Victim services",
        "",
        "Recommendation:",
        "",
        "1. Approve grants totalling £5,470,000 to Victim Support over 2024/25 and 2025/26, as set out in the table at 3.1.",
        "",
        "Financial Comments:",
        "",
        "3.1. The grants are:",
        "",
        "Provider\tService\t2024/25\t2025/26\tTotal",
        "Victim Support\tLondon Victim and Witness Service\t£2,425,000\t£2,425,000\t£4,850,000",
        "Victim Support\tYoung Victims Service\t£310,000\t£310,000\t£620,000",
        "Total\t\t£2,735,000\t£2,735,000\t£5,470,000",
        "",
      ].join("\n"),
      "provider-service.txt",
    );
    expect([...new Set(r.allocations.map((a) => a.line))]).toEqual([
      "London Victim and Witness Service",
      "Young Victims Service",
    ]);
  });

  it("reads a sum a second recommendation section restates for the service, not the provider, once", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1398",
        "",
        "Title: Havens co-commissioning",
        "",
        "Decision",
        "",
        "The DMPC approves MOPAC's contribution of £1,650,000 per annum for three years, from 1 April 2023 to 31 March 2026, to King's College Hospital NHS Foundation Trust for the Havens service.",
        "",
        "3. Recommendation",
        "",
        "3.1. This decision recommends that MOPAC contributes £1,650,000 per annum for three years (2023/24, 2024/25 and 2025/26) to the Havens service.",
        "",
      ].join("\n"),
      "restated.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.recipient])).toEqual([
      [495000000, "King's College Hospital NHS Foundation Trust"],
    ]);
    expect(byYear(r)).toEqual({ "2023/24": 165000000, "2024/25": 165000000, "2025/26": 165000000 });
  });

  it("names a long table's rows by the service, not by a column of periods", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1907",
        "",
        "Title: Stalking Advocacy",
        "",
        "Recommendation:",
        "",
        "1. Approve a grant of up to £1,460,000 to Suzy Lamplugh Trust from 1 January 2025 to 31 December 2026.",
        "",
        "3. Financial Comments",
        "",
        "3.1. The grant is profiled as follows.",
        "",
        "Financial year\tPeriod\tAmount",
        "2024/25\tJanuary – March 2025\t£182,500",
        "2025/26\tApril 2025 – March 2026\t£730,000",
        "2026/27\tApril – December 2026\t£547,500",
        "",
      ].join("\n"),
      "periods.txt",
    );
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Suzy Lamplugh Trust", "2024/25", 18250000],
      ["Suzy Lamplugh Trust", "2025/26", 73000000],
      ["Suzy Lamplugh Trust", "2026/27", 54750000],
    ]);
  });

  it("reads a table in millions of pounds to the penny, whatever its decimals, and brackets as negative", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1905",
        "",
        "Title: Estates Rationalisation",
        "",
        "Recommendation:",
        "",
        "1. Approve capital expenditure of £2,437,500 on the estates rationalisation programme over 2024/25 and 2025/26.",
        "",
        "Financial Comments",
        "",
        "3.1. The costs are set out below.",
        "",
        "Item\t2024/25 (£m)\t2025/26 (£m)",
        "Works\t1.2\t0.875",
        "Fees\t0.125\t0.3625",
        "Disposal receipts\t(0.125)\t-",
        "Total\t1.2\t1.2375",
        "",
      ].join("\n"),
      "millions.txt",
    );
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Works", "2024/25", 120000000],
      ["Works", "2025/26", 87500000],
      ["Fees", "2024/25", 12500000],
      ["Fees", "2025/26", 36250000],
    ]);
    // The receipt (negative) is read, as the Total row shows: the columns add up, so nothing contradicts.
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expectQuotesHold(r);
  });

  it("keeps income accepted and the same sum approved for spending as two approvals", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1900\n\nTitle: Home Office funding\n\nRecommendation:\n\n" +
        "1. Accept £2m of Home Office funding for 2024/25.\n2. Approve expenditure of £2m in 2024/25 on the Violence Reduction programme.\n",
      "income.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind])).toEqual([
      [200000000, "income"],
      [200000000, "funding"],
    ]);
    // The year's money is the spending: the income that pays for it is not counted again.
    expect(byYear(r)).toEqual({ "2024/25": 200000000 });
  });

  it("does not approve the sums of what pays for an approval ('funded by the grant and a contribution of £600k from …')", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1904\n\nTitle: Digital Case File\n\nRecommendation:\n\n" +
        "a) accept the Police Innovation Fund grant of £2.4m from the Home Office for 2015/16; and\n" +
        "b) approve expenditure of £3m on the Digital Case File project in 2015/16, funded by the Police Innovation Fund grant and a contribution of £600k from the MPS Digital Policing capital programme.\n" +
        "c) approve expenditure of £480,000 in 2015/16, funded from the Home Office Grant of £5,240,000.\n",
      "funded-by.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind])).toEqual([
      [240000000, "income"],
      [300000000, "funding"],
      [48000000, "funding"],
    ]);
    expect(byYear(r)).toEqual({ "2015/16": 348000000 });
    // A sum named after "funded by" as where the money comes from, however it is worded; a sum for something else
    // after the funded clause is still approved.
    const read = (words: string) =>
      approvalsOf(
        extractDecision(
          `DMPC Decision – PCD 1905\n\nTitle: Grants\n\nRecommendation:\n\n1. ${words}\n`,
          "funded-by-2.txt",
        ),
      ).map((a) => a.pence);
    expect(
      read(
        "Approve grants totalling £2,100,000 to the London Boroughs of Lambeth and Croydon for 2025/26, funded by the Home Office grant and £600,000 of MOPAC match funding.",
      ),
    ).toEqual([210000000]);
    expect(
      read(
        "Approve expenditure of £3,200,000 over 2025/26 and 2026/27 on ISVA services, funded by the NHS England income and £1,800,000 from the MOPAC VAWG budget.",
      ),
    ).toEqual([320000000]);
    expect(
      read(
        "Approve £500,000 for Safer London in 2025/26, funded from the VRU budget, and £300,000 for St Giles Trust in 2025/26.",
      ),
    ).toEqual([50000000, 30000000]);
  });

  it("approves only the change where a variation states it with its old and new values ('by £2.45m, from £10.2m to £12.65m')", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1905\n\nTitle: Custody refurbishment – additional funding\n\n" +
        "Executive Summary:\n\nThis decision seeks an additional £3.1m, increasing the total approved budget from £12.4m to £15.5m.\n\n" +
        "Recommendation:\n\n1. Approve additional capital expenditure of £3.1m in 2024/25 for the custody refurbishment, increasing the total approved budget from £12.4m to £15.5m.\n" +
        "2. Approve a variation to the contract with Kier Construction Ltd to increase its value by £2.45m, from £10.2m to £12.65m.\n\n" +
        "Financial Comments:\n\n3.1. The additional £3.1m is funded from the MPS Capital Programme.\n3.2. The revised total of £15.5m includes a contingency of £1.3m.\n",
      "variation.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind])).toEqual([
      [310000000, "funding"],
      [245000000, "contract variation"],
    ]);
    expect(r.findings.filter((f) => f.code === "TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads income accepted and its spending approved in one sentence as two approvals, each of its own kind", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1903\n\nTitle: Youth Endowment\n\nRecommendation:\n\n" +
        "1. Accept £1.4m of Youth Endowment Fund grant for 2025/26 and approve its expenditure of £1.4m on the Youth Navigators programme.\n" +
        "2. Approve grants of £300,000 to Northside Youth Trust and £200,000 to Eastside Mentors in 2025/26.\n",
      "one-sentence.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind, a.start])).toEqual([
      [140000000, "income", "2025-04-01"],
      [140000000, "funding", "2025-04-01"],
      // A figure that shares its recommendation's verb keeps the recommendation's kind.
      [30000000, "grant", "2025-04-01"],
      [20000000, "grant", "2025-04-01"],
    ]);
  });

  it("gives sub-items sharing out a sum the period of the decision's other approvals, and counts the year's spending once", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1901",
        "",
        "Title: Neighbourhood Crime Fund",
        "",
        "Recommendation:",
        "",
        "The Deputy Mayor for Policing and Crime is recommended to:",
        "",
        "1. Accept £1.6m of Home Office Neighbourhood Crime Fund grant for 2025/26;",
        "2. Approve expenditure of the grant as follows:",
        "(a) grants totalling £1.1 million to four London boroughs;",
        "(b) £0.5m to the Metropolitan Police Service.",
      ].join("\n"),
      "sub-items.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.kind, a.start, a.end])).toEqual([
      [160000000, "income", "2025-04-01", "2026-03-31"],
      [110000000, "grant", "2025-04-01", "2026-03-31"],
      [50000000, "funding", "2025-04-01", "2026-03-31"],
    ]);
    expect(byYear(r)).toEqual({ "2025/26": 160000000 });
  });

  it("does not approve the limits of sub-items under a delegation ('Delegate authority … to: (a) award grants of up to …')", () => {
    const r = extractDecision(
      [
        "DMPC Decision – PCD 1900",
        "",
        "Title: Safer Schools",
        "",
        "Recommendation:",
        "",
        "1. Approve a budget of £1.5m for the Safer Schools Partnership for 2025/26.",
        "2. Delegate authority to the Director of Commissioning to:",
        "(a) award grants of up to £150,000 each from this budget to individual school partnerships;",
        "(b) agree variations of up to 10% to the grant agreements.",
        "3. Approve a grant of £20,000 to Safer London for 2025/26.",
        "",
      ].join("\n"),
      "delegate.txt",
    );
    expect(approvalsOf(r).map((a) => a.pence)).toEqual([150000000, 2000000]);
  });

  it("reads a range ('between £1.2m and £1.5m') as one approval of at most its upper end", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1900\n\nTitle: Custody CCTV\n\nRecommendation:\n\n" +
        "1. Approve expenditure of between £1.2m and £1.5m on the replacement of custody CCTV in 2024/25.\n",
      "range.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.qualifier, a.start])).toEqual([
      [150000000, "maximum", "2024-04-01"],
    ]);
    expect(r.approvals[0]!.quote).toBe("between £1.2m and £1.5m");
    expect(byYear(r)).toEqual({ "2024/25": 150000000 });
  });

  it("reads a group of recipients ('to the 32 London boroughs', 'to London boroughs and the City of London Corporation')", () => {
    const recipientOf = (words: string) =>
      approvalsOf(
        extractDecision(
          `DMPC Decision – PCD 1910\n\nTitle: Crime prevention\n\nRecommendation:\n\n1. Approve ${words} in 2025/26.\n`,
          "group.txt",
        ),
      ).map((a) => a.recipient);
    expect(recipientOf("grant funding of £1.2m to the 32 London boroughs")).toEqual([
      "the 32 London boroughs",
    ]);
    expect(recipientOf("grants of £3,940,000 to the nine London boroughs listed at 2.4")).toEqual([
      "the nine London boroughs",
    ]);
    expect(
      recipientOf("£2,000,000 to be awarded as grants to London boroughs and the City of London Corporation"),
    ).toEqual(["London boroughs and the City of London Corporation"]);
    expect(recipientOf("grants of £500,000 to the thirty-two Community Safety Partnerships")).toEqual([
      "the thirty-two Community Safety Partnerships",
    ]);
    // A named body still wins where it comes first.
    expect(recipientOf("a grant of £80,000 to Safer London for work with boroughs")).toEqual([
      "Safer London",
    ]);
  });

  it("keeps an approval the Recommendation states exactly as exact, where the summary rounds it ('c.£1.35m')", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1911\n\nTitle: Youth services\n\nExecutive Summary:\n\nThis decision seeks approval of c.£1.35m for youth services.\n\n" +
        "Recommendation:\n\n1. Approve a contract with Bright Futures Ltd at a total cost of £1,350,000 from 1 April 2023 to 31 March 2026.\n",
      "rounded-summary.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.qualifier])).toEqual([[135000000, "exact"]]);
    expect(r.findings.map((f) => f.code)).not.toContain("APPROXIMATE_AMOUNT");
  });

  it("reads a year split of money that will be spent ('will be spent as £1.9m in 2024/25 and £1.2m in 2025/26')", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1912\n\nTitle: Custody refurbishment\n\nRecommendation:\n\n1. Approve additional capital expenditure of £3.1m for the custody refurbishment.\n\n" +
        "Financial Comments:\n\n3.1. The additional £3.1m will be spent as £1.9m in 2024/25 and £1.2m in 2025/26. In 2023/24 £0.4m was spent on design.\n",
      "spent.txt",
    );
    expect(byYear(r)).toEqual({ "2024/25": 190000000, "2025/26": 120000000 });
  });

  it("reads a new end date as an extension from the day after the old one, and keeps a stated drawdown of the uplift", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1913\n\nTitle: Redthread uplift and extension\n\nRecommendation:\n\n" +
        "1. Approve an uplift of £250,000 to the grant agreed under PCD 1402 with Redthread Youth Limited, bringing the total to £1,750,000; and\n" +
        "2. Approve the extension of the grant end date from 31 March 2026 until 31 March 2027.\n\n" +
        "Financial Comments:\n\n3.1. The uplift of £250,000 will be funded from the VRU reserve. It will be drawn down as £125,000 in 2025/26 and £125,000 in 2026/27.\n",
      "uplift.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [25000000, "2026-04-01", "2027-03-31"],
    ]);
    expect(byYear(r)).toEqual({ "2025/26": 12500000, "2026/27": 12500000 });
    const extension = extractDecision(
      "DMPC Decision – PCD 1914\n\nTitle: Contract extension\n\nRecommendation:\n\n" +
        "1. Approve the extension of the contract end date from 31 March 2026 to 31 March 2027 at a cost of £480,000.\n",
      "extension.txt",
    );
    expect(approvalsOf(extension).map((a) => [a.pence, a.start, a.end])).toEqual([
      [48000000, "2026-04-01", "2027-03-31"],
    ]);
    expect(byYear(extension)).toEqual({ "2026/27": 48000000 });
  });

  it("reads a recipient whose name has 'to' in it", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1711\n\nTitle: Hate crime\n\nRecommendation:\n\n" +
        "1. Approve a grant of £1.2 million to Community Alliance to Combat Hate (CATCH) for a period of 18 months commencing 1 October 2023.\n" +
        "2. Approve a grant of £50,000 to Safer London to March 2025.\n" +
        "3. Approve expenditure of £30,000 in 2024/25 (a grant to Eastside Mentors).\n",
      "to.txt",
    );
    // The acronym it is given in brackets is part of the name as written; a bracket the name sits in is not.
    expect(approvalsOf(r).map((a) => a.recipient)).toEqual([
      "Community Alliance to Combat Hate (CATCH)",
      "Safer London",
      "Eastside Mentors",
    ]);
  });

  it("counts a length back from the date it runs to ('extend it by six months to 30 September 2025')", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1712\n\nTitle: Custody Healthcare\n\nRecommendation:\n\n" +
        "1. Approve a variation to the contract with Mitie Care and Custody to extend it by six months to 30 September 2025, increasing the contract value by £1,046,275 to a revised total of £14,210,980.\n",
      "extend.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [104627500, "2025-04-01", "2025-09-30"],
    ]);
  });

  it("reads a recipient whose name begins with 'The', and a sum written '£1.5 m'", () => {
    const head = "DMPC Decision – PCD 1900\n\nTitle: Sexual violence support\n\nRecommendation:\n\n";
    const r = extractDecision(
      head +
        "1. Approve grants of £450,000 to Rape Crisis South London and £550,000 to The Children's Society in 2024/25.\n" +
        "2. Approve a grant of up to £120,000 to The Prince's Trust for the period 1 April 2024 to 31 March 2025.\n" +
        "3. Approve funding of £1.5 m for the Safer Schools Partnership in 2025/26.\n",
      "the.txt",
    );
    expect(approvalsOf(r).map((a) => [a.pence, a.recipient])).toEqual([
      [45000000, "Rape Crisis South London"],
      [55000000, "The Children's Society"],
      [12000000, "The Prince's Trust"],
      [150000000, null],
    ]);
    expectQuotesHold(r);
  });

  it.each([
    [
      "money approved before",
      "1. Approve additional funding of £400,000 for the Community Guardians programme in 2025/26, in addition to the £1.1m approved under PCD 1650.",
      40000000,
    ],
    [
      "a part of the sum",
      "1. Approve a budget of £1.5m for the Safer Schools Partnership for 2025/26, of which £0.3m is one-off set-up costs.",
      150000000,
    ],
    [
      "another body's match funding",
      "1. Approve a grant of £500,000 to the London Borough of Camden for 2024/25, with match funding of £250,000 from the borough.",
      50000000,
    ],
    [
      "the sum with VAT",
      "1. Approve the award of a contract to Vantage Traffic Systems Ltd for three years from 1 July 2024 at a cost of £450,000 excluding VAT, £540,000 including VAT.",
      45000000,
    ],
    [
      "the sum's split by year",
      "1. Approve funding of £1.2m for the Safer Schools Partnership over two years, £0.6m in 2024/25 and £0.6m in 2025/26.",
      120000000,
    ],
    [
      "the sum's split by year after a dash",
      "1. Approve funding of £1.2m for the Safer Schools Partnership over two years – £0.6m in 2024/25 and £0.6m in 2025/26.",
      120000000,
    ],
  ])("approves one sum where a recommendation also states %s", (_, item, pence) => {
    const r = extractDecision(
      `DMPC Decision – PCD 1900\n\nTitle: Figures\n\nRecommendation:\n\n${item}\n`,
      "figures.txt",
    );
    expect(r.approvals.map((a) => a.pence)).toEqual([pence]);
  });

  it("keeps three yearly sums when the first equals the other two", () => {
    const r = extractDecision(
      "DMPC Decision – PCD 1900\n\nTitle: Years\n\nRecommendation:\n\n1. Approve £1m in 2024/25, £0.5m in 2025/26 and £0.5m in 2026/27 for the Safer Schools Partnership.\n",
      "years.txt",
    );
    expect(byYear(r)).toEqual({ "2024/25": 100000000, "2025/26": 50000000, "2026/27": 50000000 });
  });

  it("gives each figure of a recommendation its own year, and a stated total with its split one approval", () => {
    const text = `DMPC Decision – PCD 3100

Title: Neighbourhood Watch Support

Recommendation(s):
1. Approve expenditure of £40,000 in 2024/25 and £45,000 in 2025/26 on the scheme.
2. Approve a total of £90,000, comprising £50,000 in 2026/27 and £40,000 in 2027/28, for Safer Streets Partnership.
`;
    const r = extractDecision(text, "multi.txt");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 4000000,
        qualifier: "exact",
        recipient: null,
        kind: "funding",
        start: "2024-04-01",
        end: "2025-03-31",
      },
      {
        pence: 4500000,
        qualifier: "exact",
        recipient: null,
        kind: "funding",
        start: "2025-04-01",
        end: "2026-03-31",
      },
      {
        pence: 9000000,
        qualifier: "exact",
        recipient: null,
        kind: "funding",
        start: "2026-04-01",
        end: "2028-03-31",
      },
    ]);
    expect(byYear(r)).toEqual({
      "2024/25": 4000000,
      "2025/26": 4500000,
      "2026/27": 5000000,
      "2027/28": 4000000,
    });
    expectQuotesHold(r);
  });

  it("falls back to the summary's approving sentence when the Recommendation heading is lost, and reads a markdown title", () => {
    const text = `# MAYOR OF LONDON

## DMPC Decision – PCD 3200

# Custody Healthcare Contract Uplift

Executive Summary:

This decision seeks approval to accept income of £300,000 from the Home Office in 2025/26 for custody healthcare.
`;
    const r = extractDecision(text, "lost.txt");
    expect(r.title).toBe("Custody Healthcare Contract Uplift");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 30000000,
        qualifier: "exact",
        recipient: null,
        kind: "income",
        start: "2025-04-01",
        end: "2026-03-31",
      },
    ]);
  });

  it("reads sentence allocations once each: history, yearly rates and a total's parts add nothing", () => {
    const text = `DMPC Decision – PCD 3300

Title: Hate Crime Advocacy

Recommendation:
Approve funding for the hate crime advocacy service as set out below.

Financial Comments
3.1 The service will cost £80,000 in 2025/26, made up of staff at £60,000 in 2025/26 and running costs of £20,000 in 2025/26.
3.2 A further £85,000 for 2026/27 is fixed in the budget.
3.3 Last year £70,000 was spent in 2024/25 on the pilot, about £70,000 per year.
3.4 The service will cost £80,000 in 2025/26.
`;
    const r = extractDecision(text, "sentences.txt");
    expect(r.approvals).toEqual([]);
    expect(byYear(r)).toEqual({ "2025/26": 8000000, "2026/27": 8500000 });
    expectQuotesHold(r);
  });
});
