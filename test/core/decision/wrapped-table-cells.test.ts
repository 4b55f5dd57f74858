import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { readTables } from "../../../src/core/decision/read-table";
import { expectQuotesHold } from "../../helpers/decision-record";

// A plain PDF-to-text tool lays a table out with runs of spaces between its columns, and wraps a cell that is too
// wide for its column onto the next line: the row's label ("Service" under "Out of Court Resolutions Support"), its
// last cell (an indented "Reoffending Grant"), or the header itself ("Funding" over "source").

const table = [
  "Service                                   2025/26        2026/27        Funding",
  "                                          Allocation     Allocation     source",
  "Youth Custody Navigators                  £210,000       £210,000       MOPAC Commissioning Budget",
  "Women’s Diversion Service                 £145,000       £145,000       Police Grant",
  "Out of Court Resolutions Support          £180,000       £180,000       Police Grant",
  "Service",
  "IOM Accommodation Pathway                 £90,000        £90,000        Ministry of Justice Reducing",
  "                                                                        Reoffending Grant",
  "Total                                     £625,000       £625,000",
];

function decision(rows: readonly string[]): string {
  return [
    "DMPC Decision – PCD 9561",
    "",
    "Title: Reducing Reoffending – 2025/26 and 2026/27 Commissioning Decisions",
    "",
    "Executive Summary:",
    "",
    "The financial commitment in 2025/26 for these four services will be £625,000. The financial commitment for 2026/27 will also be £625,000, giving the decision a total financial commitment of £1,250,000 across both years.",
    "",
    "Recommendation:",
    "",
    "1. Approve the two-year funding of four reducing reoffending services in 2025/26 and 2026/27, at a total financial commitment of £1,250,000, as set out in the table at paragraph 3.2.",
    "",
    "Deputy Mayor for Policing and Crime",
    "",
    "The above request has my approval.",
    "",
    "Signature                                             Date     03/12/2024",
    "",
    "3. Financial Comments",
    "",
    "3.1. This decision requests approval to fund the services at a total financial commitment of £1,250,000 from 1 April 2025 until 31 March 2027.",
    "",
    "3.2. An overview of the individual allocations and their funding source is set out in the table below.",
    "",
    ...rows,
    "",
    "3.3. Payments will be made quarterly in arrears.",
    "",
    "4. Legal Comments",
    "",
    "4.1. Section 143 of the Anti-social Behaviour, Crime and Policing Act 2014 allows MOPAC to make grants.",
    "",
  ].join("\n");
}

describe("space-separated tables whose cells wrap", () => {
  it("reads a wrapped label, a wrapped last cell and a header over two lines as parts of their cells", () => {
    const r = extractDecision(decision(table), "pcd-9561.txt");
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence, a.fundingSource])).toEqual([
      ["Youth Custody Navigators", "2025/26", 21_000_000, "MOPAC Commissioning Budget"],
      ["Youth Custody Navigators", "2026/27", 21_000_000, "MOPAC Commissioning Budget"],
      ["Women’s Diversion Service", "2025/26", 14_500_000, "Police Grant"],
      ["Women’s Diversion Service", "2026/27", 14_500_000, "Police Grant"],
      ["Out of Court Resolutions Support Service", "2025/26", 18_000_000, "Police Grant"],
      ["Out of Court Resolutions Support Service", "2026/27", 18_000_000, "Police Grant"],
      ["IOM Accommodation Pathway", "2025/26", 9_000_000, "Ministry of Justice Reducing Reoffending Grant"],
      ["IOM Accommodation Pathway", "2026/27", 9_000_000, "Ministry of Justice Reducing Reoffending Grant"],
    ]);
    expect(r.findings).toEqual([]);
    expectQuotesHold(r);
  });

  it("keeps each wrapped cell's quote at its first line", () => {
    const text = table.join("\n");
    const [t] = readTables(text);
    expect(t!.header.map((h) => h.text)).toEqual([
      "Service",
      "2025/26 Allocation",
      "2026/27 Allocation",
      "Funding source",
    ]);
    const label = t!.rows[2]![0]!;
    expect(label.text).toBe("Out of Court Resolutions Support Service");
    expect(text.slice(label.offset, label.offset + label.quote.length)).toBe(
      "Out of Court Resolutions Support",
    );
  });

  it("opens a section at a label that names a part of the costs, where a wrapped label would go on", () => {
    const sectioned = [
      "£000                            2024-25        2025-26        Total",
      "Capital",
      "Cameras and installation        1,850          2,400          4,250",
      "Back office and integration     620            380            1,000",
      "Revenue",
      "Maintenance and data            210            420            630",
      "charges",
      "Total                           2,680          3,200          5,880",
    ].join("\n");
    const [t] = readTables(sectioned);
    expect(t!.sections.map((s) => s.label.text)).toEqual(["Capital", "Revenue"]);
    expect(t!.rows.map((r) => r[0]!.text)).toEqual([
      "Cameras and installation",
      "Back office and integration",
      "Maintenance and data charges",
    ]);
  });

  it("does not take a line of prose right after the table into its last row", () => {
    const rows = [...table, "Source: MOPAC Strategic Finance and Resource Management, November 2024."];
    const [t] = readTables(rows.join("\n"));
    expect(t!.totalRows.map((r) => r[0]!.text)).toEqual(["Total"]);
  });
});
