import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { readTables } from "../../../src/core/decision/read-table";
import type { DecisionRecord } from "../../../src/core/decision/decision-record";
import { expectQuotesHold } from "../../helpers/decision-record";

// MPS capital business cases profile their costs in one table divided by label rows ("Capital", "Revenue",
// "Funded by") with a subtotal under each part and a grand total at the foot.

function businessCase(
  table: readonly string[],
  approve = "£12.6m (£10.2m capital and £2.4m revenue)",
): string {
  return [
    "DMPC Decision – PCD 9411",
    "",
    "Title: Custody Telephony Replacement – Full Business Case",
    "",
    "Executive Summary:",
    "",
    "The telephony in the MPS's 38 custody suites is out of support. This paper presents the Full Business Case for its replacement over 2024-25 to 2026-27.",
    "",
    "Recommendation:",
    "",
    "The Deputy Mayor for Policing and Crime, via the Investment Advisory and Monitoring meeting (IAM), is asked to:",
    "",
    `1. Approve the Full Business Case for the Custody Telephony Replacement at a total cost of ${approve} from 2024-25 to 2026-27, funded from the approved capital programme and the MPS revenue budget.`,
    "",
    "Deputy Mayor for Policing and Crime",
    "",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct.",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    "Date 12/03/2024",
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
    "",
    "1. Introduction and background",
    "",
    "1.1. Custody telephony carries calls to detained persons' legal advisers and must be available at all times.",
    "",
    "2. Financial Comments",
    "",
    "2.1. The profile of costs is set out below.",
    "",
    ...table,
    "",
    "2.2. From 2027-28 the support cost will be met from the MPS revenue budget.",
    "",
    "3. Legal Comments",
    "",
    "3.1. Paragraph 4.8 of the MOPAC Scheme of Delegation and Consent reserves to the DMPC business cases of £500,000 and above.",
    "",
    "Chief Executive Officer",
    "",
    "I have been consulted about the proposal and confirm that financial, legal and equalities advice has been taken into account.",
    "",
    "Signature",
    "",
    "Date 08/03/2024",
    "",
  ].join("\n");
}

/** The table with capital and revenue parts, each with a subtotal, and a grand total; `capitalTotal` the subtotal. */
function costTable(capitalTotal = "4,300", tabsOnLabels = true): string[] {
  const label = (s: string) => (tabsOnLabels ? `${s}\t\t\t\t` : s);
  return [
    "£000\t2024-25\t2025-26\t2026-27\tTotal",
    label("Capital"),
    "Handsets and switches\t2,900\t3,100\t0\t6,000",
    "Installation\t1,400\t1,800\t1,000\t4,200",
    `Total capital\t${capitalTotal}\t4,900\t1,000\t10,200`,
    label("Revenue"),
    "Support and maintenance\t200\t700\t900\t1,800",
    "Training\t300\t300\t0\t600",
    "Total revenue\t500\t1,000\t900\t2,400",
    "Grand total\t4,800\t5,900\t1,900\t12,600",
  ];
}

function lines(r: DecisionRecord): string[] {
  return [...new Set(r.allocations.map((a) => a.line))];
}

function byYear(r: DecisionRecord): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of r.allocations) out[a.fy] = (out[a.fy] ?? 0) + a.pence;
  return out;
}

function codes(r: DecisionRecord): string[] {
  return r.findings.map((f) => f.code);
}

describe("tables divided by label rows", () => {
  it.each([
    ["with the empty cells of the label rows", true],
    ["with label rows that have no tabs (a PDF's text)", false],
  ])("reads every cost line of the table %s", (_, tabs) => {
    const r = extractDecision(businessCase(costTable("4,300", tabs)), "pcd-9411.txt");
    expect(lines(r)).toEqual([
      "Handsets and switches",
      "Installation",
      "Support and maintenance",
      "Training",
    ]);
    expect(byYear(r)).toEqual({ "2024/25": 4_800_000_00, "2025/26": 5_900_000_00, "2026/27": 1_900_000_00 });
    expect(codes(r)).not.toContain("SPLIT_UNDETERMINED");
    expect(codes(r)).not.toContain("TABLE_TOTAL_MISMATCH");
    expect(codes(r)).not.toContain("TOTAL_MISMATCH");
    expectQuotesHold(r);
  });

  it("keeps the label rows as the table's sections, not as rows", () => {
    const text = ["The profile of costs is set out below.", "", ...costTable()].join("\n");
    const [t] = readTables(text);
    expect(t!.sections.map((s) => [s.label.text, s.funding])).toEqual([
      ["Capital", false],
      ["Revenue", false],
    ]);
    expect(t!.rows).toHaveLength(4);
    expect(t!.totalRows.map((r) => r[0]!.text)).toEqual(["Total capital", "Total revenue", "Grand total"]);
    for (const s of t!.sections)
      expect(text.slice(s.label.offset, s.label.offset + s.label.quote.length)).toBe(s.label.quote);
  });

  it("checks a wrong subtotal against its own section's rows only, and names only them", () => {
    const r = extractDecision(businessCase(costTable("4,800")), "pcd-9411.txt");
    const found = r.findings.filter((f) => f.code === "TABLE_TOTAL_MISMATCH");
    // The subtotal's year cell breaks its column and its row (4,800 + 4,900 + 1,000 = 10,700, not 10,200): one
    // finding naming both.
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      'the "Capital" rows above it in the "2024-25" column add up to £2,900,000 + £1,400,000 = £4,300,000',
    );
    expect(found[0]!.message).toContain("£4,800,000 + £4,900,000 + £1,000,000 = £10,700,000");
    expect(found[0]!.message).not.toContain("£200,000");
    expect(found[0]!.quotes.map((q) => q.quote)).toEqual([
      "2,900",
      "1,400",
      "4,800",
      "4,900",
      "1,000",
      "10,200",
    ]);
    // The grand total agrees with the rows, so it is not reported as well.
    expect(
      found.some(
        (f) => f.message.includes('£4,800,000 for the "2024-25" column') && f.message.includes("subtotals"),
      ),
    ).toBe(false);
    expectQuotesHold(r);
  });

  it("checks a grand total against the subtotals above it", () => {
    const table = costTable().map((l) =>
      l.startsWith("Grand total") ? "Grand total\t4,800\t6,900\t1,900\t13,600" : l,
    );
    const r = extractDecision(businessCase(table), "pcd-9411.txt");
    const found = r.findings.filter((f) => f.code === "TABLE_TOTAL_MISMATCH");
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'gives £6,900,000 for the "2025-26" column, but the subtotals above it add up to £4,900,000 + £1,000,000 = £5,900,000',
      ),
      expect.stringContaining(
        'gives £13,600,000 for the "Total" column, but the subtotals above it add up to £10,200,000 + £2,400,000 = £12,600,000',
      ),
    ]);
  });

  it("does not count a 'Funded by' section's rows as cost lines, and checks its total against them", () => {
    const funded = (programme: string) => [
      ...costTable().slice(0, -1),
      "Total cost\t4,800\t5,900\t1,900\t12,600",
      "Funded by\t\t\t\t",
      `Approved capital programme\t${programme}\t4,900\t1,000\t10,200`,
      "MPS revenue budget\t500\t1,000\t900\t2,400",
      "Total funding\t4,800\t5,900\t1,900\t12,600",
    ];
    const clean = extractDecision(businessCase(funded("4,300")), "pcd-9411.txt");
    expect(lines(clean)).toEqual([
      "Handsets and switches",
      "Installation",
      "Support and maintenance",
      "Training",
    ]);
    expect(byYear(clean)).toEqual({
      "2024/25": 4_800_000_00,
      "2025/26": 5_900_000_00,
      "2026/27": 1_900_000_00,
    });
    expect(codes(clean)).toEqual([]);

    const wrong = extractDecision(businessCase(funded("4,100")), "pcd-9411.txt");
    const found = wrong.findings.filter((f) => f.code === "TABLE_TOTAL_MISMATCH");
    expect(found[0]!.message).toContain(
      'gives £4,800,000 for the "2024-25" column, but the "Funded by" rows above it add up to £4,100,000 + £500,000 = £4,600,000',
    );
    expectQuotesHold(wrong);
  });

  it("reads a 'Net revenue' row as a net figure, not a cost line", () => {
    const table = [
      "£m\t24/25\t25/26\t26/27\tTotal",
      "Network hardware\t2.10\t1.90\t0.60\t4.60",
      "Total capital\t2.10\t1.90\t0.60\t4.60",
      "Support and maintenance\t0.10\t0.30\t0.35\t0.75",
      "Legacy support savings\t(0.05)\t(0.10)\t(0.10)\t(0.25)",
      "Net revenue\t0.05\t0.20\t0.25\t0.50",
    ];
    const r = extractDecision(
      businessCase(table, "£5.1m (£4.6m capital and £0.5m net revenue)"),
      "pcd-9411.txt",
    );
    expect(lines(r)).toEqual(["Network hardware", "Support and maintenance"]);
    expect(codes(r)).not.toContain("TABLE_TOTAL_MISMATCH");
  });
  it("names only the rows a subtotal covers in a table without label rows", () => {
    const table = [
      "£m\tFY24/25\tFY25/26\tTotal",
      "Devices\t6.20\t3.10\t9.30",
      "Docking and infrastructure\t1.45\t0.60\t2.05",
      "Total capital\t7.75\t3.70\t11.35",
      "Evidence storage and licences\t0.55\t0.80\t1.35",
      "Total revenue\t0.55\t0.80\t1.35",
      "Total\t8.20\t4.50\t12.70",
    ];
    const r = extractDecision(
      businessCase(table, "£12.7m (£11.35m capital and £1.35m revenue)"),
      "pcd-9411.txt",
    );
    const found = r.findings.filter((f) => f.code === "TABLE_TOTAL_MISMATCH");
    // The subtotal's year cell breaks its column and its row (7.75 + 3.70 against 11.35): one finding naming both.
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      'the "FY24/25" figure of the row "Total capital" (£7,750,000) agrees with neither its row nor its column',
    );
    expect(found[0]!.message).toContain(
      'the rows above it in the "FY24/25" column add up to £6,200,000 + £1,450,000 = £7,650,000',
    );
  });
  it("reads a markdown table's bold label rows as its sections", () => {
    const table = [
      "| £000 | 2024-25 | 2025-26 | 2026-27 | Total |",
      "| --- | --- | --- | --- | --- |",
      "| **Capital** | | | | |",
      "| Handsets and switches | 2,900 | 3,100 | 0 | 6,000 |",
      "| Installation | 1,400 | 1,800 | 1,000 | 4,200 |",
      "| **Total capital** | **4,300** | **4,900** | **1,000** | **10,200** |",
      "| **Revenue** | | | | |",
      "| Support and maintenance | 200 | 700 | 900 | 1,800 |",
      "| Training | 300 | 300 | 0 | 600 |",
      "| **Total revenue** | **500** | **1,000** | **900** | **2,400** |",
      "| **Grand total** | **4,800** | **5,900** | **1,900** | **12,600** |",
    ];
    const [t] = readTables(table.join("\n"));
    expect(t!.sections.map((s) => s.label.text)).toEqual(["Capital", "Revenue"]);
    const r = extractDecision(businessCase(table), "pcd-9411.txt");
    expect(lines(r)).toEqual([
      "Handsets and switches",
      "Installation",
      "Support and maintenance",
      "Training",
    ]);
    expect(codes(r)).toEqual([]);
  });
});

describe("a commissioning table in two parts, the second without a subtotal", () => {
  const table = (gap: boolean) => [
    "Service\t2025/26\t2026/27\tTotal\tFunding Source",
    "Revenue – contracts and grant extensions\t\t\t\t",
    "Appropriate Adults for Children\t£340,000\t£340,000\t£680,000\tMOPAC Commissioning Budget",
    "Youth Justice Liaison and Diversion\t£225,000\t£225,000\t£450,000\tPolice Grant",
    "Sub-total\t£565,000\t£565,000\t£1,130,000\t",
    ...(gap ? [""] : []),
    "Grant to London Boroughs\t\t\t\t",
    "London Youth Justice Services Grant\t£600,000\t£600,000\t£1,200,000\tPolice Grant",
    "Total\t£1,165,000\t£1,165,000\t£2,330,000\t",
  ];

  it.each([
    ["", false],
    [" after a blank line", true],
  ])("reads both parts as one table, its grand total the sum of every line%s", (_, gap) => {
    const r = extractDecision(businessCase(table(gap), "£2,330,000"), "pcd-9412.txt");
    expect(lines(r)).toEqual([
      "Appropriate Adults for Children",
      "Youth Justice Liaison and Diversion",
      "London Youth Justice Services Grant",
    ]);
    expect(byYear(r)).toEqual({ "2025/26": 116_500_000, "2026/27": 116_500_000 });
    for (const code of ["TABLE_TOTAL_MISMATCH", "TOTAL_MISMATCH", "FY_MISMATCH"])
      expect(codes(r)).not.toContain(code);
    expectQuotesHold(r);
  });

  it("still finds a grand total that is wrong", () => {
    const wrong = table(false).map((l) => l.replace("Total\t£1,165,000", "Total\t£1,156,000"));
    const r = extractDecision(businessCase(wrong, "£2,330,000"), "pcd-9412.txt");
    expect(codes(r)).toContain("TABLE_TOTAL_MISMATCH");
  });
});
