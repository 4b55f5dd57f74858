import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { isFundingTable, readTables } from "../../../src/core/decision/read-table";
import type { DocumentTable } from "../../../src/core/decision/decision-document";
import { allocationsOf, expectQuotesHold } from "../../helpers/decision-record";

// PDF-to-text tools often write a table ONE CELL PER LINE: the header's cells one under the other, then each row's
// label and its figures, a line each. Such a table is read as the tab-separated table it stands for.

/** A grants decision whose Financial Comments give its table, and the sentences around it, as `table` lines. */
function grantsDecision(table: readonly string[], financial: readonly string[] = []): string {
  return [
    "MOPAC",
    "",
    "DMPC Decision – PCD 9938",
    "",
    "Title: Safer Night-Time Economy Partnership Grants 2025–27",
    "",
    "Executive Summary:",
    "",
    "This decision seeks approval of a two-year grant programme to three London boroughs with the highest concentration of licensed premises, to fund Safe Haven spaces and street welfare teams from 1 April 2025 to 31 March 2027.",
    "",
    "Recommendation:",
    "",
    "The Deputy Mayor for Policing and Crime is recommended to:",
    "",
    "1. Approve grants totalling £860,000 to Westminster City Council, the London Borough of Camden and the London Borough of Hackney for the Safer Night-Time Economy Partnership programme, from 1 April 2025 to 31 March 2027, as set out in Table 1.",
    "",
    "Deputy Mayor for Policing and Crime",
    "",
    "The above request has my approval.",
    "",
    "Signature",
    "",
    "Date 14/03/2025",
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
    "",
    "1. Introduction and background",
    "",
    "1.1. Violence with injury in and around licensed premises remains concentrated in a few inner London boroughs.",
    "",
    "3. Financial Comments",
    "",
    "3.1. The grants will be funded from the MOPAC Violence Reduction budget. The allocations by borough are set out in Table 1.",
    ...financial,
    "",
    "Table 1: Grant allocations by borough",
    ...table,
    "",
    "3.3. Grants will be paid quarterly in arrears against agreed delivery plans.",
    "",
    "4. Legal Comments",
    "",
    "4.1. Section 143 (3) of the Anti-social Behaviour, Crime and Policing Act 2014 allows MOPAC to make grants.",
    "",
  ].join("\n");
}

const BOROUGHS = [
  ["Westminster City Council", "£210,000", "£180,000", "£390,000"],
  ["London Borough of Camden", "£160,000", "£140,000", "£300,000"],
  ["London Borough of Hackney", "£90,000", "£80,000", "£170,000"],
];
const HEADER = ["Borough", "2025/26", "2026/27", "Total"];

/** The boroughs' table one cell per line, its Total row as given. */
function stacked(total: readonly string[] = ["Total", "£460,000", "£400,000", "£860,000"]): string[] {
  return [...HEADER, ...BOROUGHS.flat(), ...total];
}

function fundingTables(text: string): DocumentTable[] {
  return readTables(text).filter(isFundingTable);
}

/** A table's cells as text and pence, header first, Total rows last. */
function shape(t: DocumentTable) {
  const cells = (r: readonly { text: string; pence: number | null }[]) => r.map((c) => [c.text, c.pence]);
  return {
    header: t.header.map((h) => h.text),
    rows: t.rows.map(cells),
    totalRows: t.totalRows.map(cells),
    fyColumns: t.fyColumns,
    moneyColumns: t.moneyColumns,
  };
}

describe("a table written one cell per line, its rows things and its columns years", () => {
  it("is read as the same table its tab-separated text gives, each cell at its own line", () => {
    const text = grantsDecision(stacked());
    const tabbed = grantsDecision(
      [HEADER, ...BOROUGHS, ["Total", "£460,000", "£400,000", "£860,000"]].map((r) => r.join("\t")),
    );
    const [t] = fundingTables(text);
    expect(t).toBeDefined();
    expect(t!.delimiter).toBe("lines");
    expect(shape(t!)).toEqual(shape(fundingTables(tabbed)[0]!));
    for (const c of [...t!.header, ...t!.rows.flat(), ...t!.totalRows.flat()]) {
      expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
      expect(c.quote).not.toContain("\n");
    }
  });

  it("gives each borough's allocation in each year, and raises nothing where the table agrees", () => {
    const r = extractDecision(grantsDecision(stacked()), "pcd-9938.txt");
    expect(allocationsOf(r)).toEqual([
      ["Westminster City Council", "2025/26", 21_000_000],
      ["Westminster City Council", "2026/27", 18_000_000],
      ["London Borough of Camden", "2025/26", 16_000_000],
      ["London Borough of Camden", "2026/27", 14_000_000],
      ["London Borough of Hackney", "2025/26", 9_000_000],
      ["London Borough of Hackney", "2026/27", 8_000_000],
    ]);
    expect(r.findings.map((f) => f.code)).toEqual([]);
    expectQuotesHold(r);
  });

  it("checks its Total row: a Total cell the rows do not make is a TABLE_TOTAL_MISMATCH", () => {
    const r = extractDecision(
      grantsDecision(stacked(["Total", "£460,000", "£400,000", "£680,000"])),
      "x.txt",
    );
    const mismatch = r.findings.find((f) => f.code === "TABLE_TOTAL_MISMATCH");
    expect(mismatch?.message).toContain("£680,000");
    expectQuotesHold(r);
  });

  it("reads bare figures under a title in £000 as thousands of pounds", () => {
    const text = grantsDecision([
      "Item",
      "2025/26",
      "2026/27",
      "Total",
      "Vessel build contract",
      "1,050",
      "1,450",
      "2,500",
      "Fit-out and equipment",
      "120",
      "110",
      "230",
      "Total",
      "1,170",
      "1,560",
      "2,370",
    ]).replace("Table 1: Grant allocations by borough", "Table 1: Vessel replacement capital profile (£000)");
    const [t] = fundingTables(text);
    expect(t!.rows.map((r) => r.map((c) => c.pence))).toEqual([
      [null, 105_000_000, 145_000_000, 250_000_000],
      [null, 12_000_000, 11_000_000, 23_000_000],
    ]);
    expect(t!.totalRows[0]!.map((c) => c.pence)).toEqual([null, 117_000_000, 156_000_000, 237_000_000]);
  });
});

describe("a table written one cell per line, its rows years", () => {
  const yearRows = [
    "Financial year",
    "Contract value",
    "2025/26 (from 1 October 2025)",
    "£215,000",
    "2026/27",
    "£430,000",
    "2027/28 (to 31 March 2028)",
    "£215,000",
    "Total",
    "£860,000",
  ];

  it("gives each year its own row's sum, not the row's after it", () => {
    const text = grantsDecision(yearRows).replace(
      /1 April 2025 to 31 March 2027/g,
      "1 October 2025 to 31 March 2028",
    );
    const r = extractDecision(text, "pcd-9938.txt");
    expect(allocationsOf(r).map(([, fy, pence]) => [fy, pence])).toEqual([
      ["2025/26", 21_500_000],
      ["2026/27", 43_000_000],
      ["2027/28", 21_500_000],
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("SPLIT_UNDETERMINED");
    expectQuotesHold(r);
  });

  it("without its header is no table, and no sum is paired with the year on the line after it", () => {
    const text = grantsDecision(yearRows.slice(2)).replace(
      /1 April 2025 to 31 March 2027/g,
      "1 October 2025 to 31 March 2028",
    );
    expect(fundingTables(text)).toEqual([]);
    const r = extractDecision(text, "pcd-9938.txt");
    expect(allocationsOf(r)).not.toContainEqual(expect.arrayContaining(["2026/27", 21_500_000]));
    expect(allocationsOf(r)).not.toContainEqual(expect.arrayContaining(["2027/28", 43_000_000]));
  });
});

describe("lines that are not a table of one cell per line", () => {
  it("a list of recipients and their sums under a sentence is prose", () => {
    const text = grantsDecision(
      [],
      [
        "3.2. The grants for the first year are:",
        "Westminster City Council",
        "£210,000",
        "London Borough of Camden",
        "£160,000",
      ],
    );
    expect(fundingTables(text)).toEqual([]);
  });

  it("rows that do not fall into groups of the header's width leave the layout unclear: no table", () => {
    // "London Borough of" / "Camden": a label wrapped over two lines, so the lines no longer make groups of four.
    const lines = stacked();
    const camden = lines.indexOf("London Borough of Camden");
    lines.splice(camden, 1, "London Borough of", "Camden");
    expect(fundingTables(grantsDecision(lines))).toEqual([]);
  });

  it("a bulleted list of activities with their costs is prose", () => {
    const text = grantsDecision(
      [],
      [
        "3.2. Each borough will use its grant for the following activity:",
        "Safe Haven spaces",
        "operated on Friday and Saturday nights, costing £120,000 a year;",
        "Street welfare teams",
        "and night marshals, costing £90,000 a year.",
      ],
    );
    expect(fundingTables(text)).toEqual([]);
  });
});
