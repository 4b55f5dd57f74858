import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { mendLineEndBreaks } from "../../../src/core/decision/line-end-breaks";

// A PDF's text breaks words, year labels and figures where its lines end: "Goodchild Ma-" / "rine Services Ltd",
// "£415,000 in 2025/" / "26", "£2,850," / "000". Read as written, the recipient was "Goodchild Ma-", the year was
// lost (so a year's figure that disagrees with the table went unreported) and the figure became £2,850.

const mend = (text: string): string => mendLineEndBreaks(text, text).text;

describe("mendLineEndBreaks", () => {
  it("joins a word hyphenated at a line end, keeping the text's length and each character's origin", () => {
    const text = "to Goodchild Ma-\nrine Services Ltd for a value\nof up to £2,500,000.";
    const m = mendLineEndBreaks(text, text);
    expect(m.text).toHaveLength(text.length);
    expect(m.text).toBe("to Goodchild Marine Services Ltd for a value  \nof up to £2,500,000.");
    const at = m.text.indexOf("Marine");
    expect(text.slice(m.origin![at]!, m.origin![at + "Marine".length - 1]! + 1)).toBe("Ma-\nrine");
    expect(m.origin![m.text.indexOf("£")]).toBe(text.indexOf("£"));
  });

  it("keeps the hyphen of a compound: one the document writes hyphenated, a prefix's, or before a capital", () => {
    expect(mend("The service is co-\nfunded by the NHS.")).toMatch(
      /^The service is co-funded by the NHS\. $/,
    );
    expect(mend("it is a non-\neconomic public service")).toMatch(/a non-economic public service/);
    expect(mend("to deliver a pan-\nLondon service")).toMatch(/a pan-London service/);
    expect(mend("a MPS-\nwide roll-out")).toMatch(/a MPS-wide roll-out/);
    expect(mend("the re-profile agreed.\nWe will re-\nprofile it")).toMatch(/We will re-profile it/);
    expect(mend("and will be re-\ncorded below")).toMatch(/will be recorded below/);
  });

  it("joins a year label cut after its stroke only where the next line goes on with the next year", () => {
    expect(mend("£415,000 in 2025/\n26 and £445,000 in 2026/27")).toMatch(
      /^£415,000 in 2025\/26 and £445,000/,
    );
    expect(mend("in 2025/\n2026 and")).toMatch(/in 2025\/2026 and/);
    expect(mend("in 2025/\n28 cases")).toBe("in 2025/\n28 cases");
  });

  it("joins a figure cut after a thousands separator where the next line starts with three digits", () => {
    expect(mend("expenditure of £2,850,\n000 for the vessels")).toMatch(/of £2,850,000 for the vessels/);
    expect(mend("cost £2,850,\n1000 units")).toBe("cost £2,850,\n1000 units");
  });

  it("leaves table rows alone", () => {
    const table = "Vessel build-\tcontract\nFit-\tout";
    expect(mend(table)).toBe(table);
  });
});

const vessels = (recommendation: readonly string[]): string =>
  [
    "MOPAC",
    "DMPC Decision – PCD 2290",
    "Title: Marine Policing Unit – Replacement of Two Patrol Vessels",
    "",
    "Executive Summary:",
    "The MPS Marine Policing Unit (MPU) polices 47 miles of the River Thames and provides the lead pub-",
    "lic safety response on the river. Two of its eight patrol vessels, in service since 2003, have",
    "reached the end of their economic life and are increasingly unavailable for operational use.",
    "This decision seeks approval of capital expenditure to replace the two vessels, and of the",
    "award of a build contract to Goodchild Marine Services Ltd following a competitive tender.",
    "",
    "Recommendation:",
    "The Deputy Mayor for Policing and Crime is recommended to:",
    ...recommendation,
    "",
    "Deputy Mayor for Policing and Crime",
    "I confirm I have considered whether or not I have any personal or prejudicial interest in this matter",
    "and take the proposed decision in compliance with the Code of Conduct. Any such interests are re-",
    "corded below.",
    "The above request has my approval.",
    "Signature",
    "Date 12/11/2025",
    "",
    "PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC",
    "1. Introduction and background",
    "1.1. Two of the unit's vessels have reached the end of their economic life and the cost of keeping",
    "them in service is rising. An open tender was run under the Procurement Act 2023 and five",
    "tenders were received; Goodchild Marine Services Ltd offered the most advantageous tender.",
    "",
    "3. Financial Comments",
    "3.1. The total capital cost is £2,850,000. The build contract accounts for £2,500,000 of this sum,",
    "with the remainder for fit-out, equipment and project management, as set out in the MPS capital",
    "programme approved for 2025/26 and 2026/27.",
  ].join("\n");

describe("a decision whose recommendation a PDF's line ends break", () => {
  it("reads a figure broken after a thousands separator whole, quoting the document's own words", () => {
    const text = vessels([
      "1. Approve capital expenditure of £2,850,",
      "000 for the replacement of two MPU patrol vessels in 2025/26 and 2026/27, funded from the MPS",
      "capital programme; and",
      "2. Approve the award of a contract for the design and build of two patrol vessels to Goodchild Ma-",
      "rine Services Ltd for a value of up to £2,500,000, within the capital expenditure approved above.",
    ]);
    const r = extractDecision(text, "pcd-2290.txt");
    expect(r.approvals.map((a) => [a.pence, a.recipient])).toEqual([
      [285_000_000, null],
      [250_000_000, "Goodchild Marine Services Ltd"],
    ]);
    expect(r.approvals[0]!.quote).toBe("£2,850,\n000");
    for (const q of [...r.amounts, ...r.approvals])
      expect(text.slice(q.offset, q.offset + q.quote.length)).toBe(q.quote);
    expect(r.findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
  });

  it("reads a year broken after its stroke, so that its figure is checked against the table", () => {
    const text = vessels([
      "1. Approve a grant of up to £890,000 to Victim Support for the London Hate Crime Victim Advocacy",
      "Service from 1 April 2025 to 31 March 2027, funded from the MOPAC Victims Com-",
      "missioning budget.",
    ]).replace(
      /3\.1\.[\s\S]*$/,
      [
        "3.1. This decision seeks approval of a grant of up to £890,000 to Victim Support, from 1 April",
        "2025 to 31 March 2027.",
        "3.2. The grant will be paid quarterly in arrears as £415,000 in 2025/",
        "26 and £445,000 in 2026/27, funded from the MOPAC Victims Commissioning budget. The",
        "allocation by year is set out below.",
        "Financial year\tGrant",
        "2025/26\t£445,000",
        "2026/27\t£445,000",
        "Total\t£890,000",
      ].join("\n"),
    );
    const r = extractDecision(text, "pcd-2112.txt");
    expect(r.approvals.map((a) => [a.pence, a.fundingSource])).toEqual([
      [89_000_000, "MOPAC Victims Commissioning budget"],
    ]);
    expect(r.findings.map((f) => f.code)).toContain("FY_MISMATCH");
  });
});
