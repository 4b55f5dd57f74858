import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDecision } from "../../../../src/core/decision/extract-decision";
import type { DecisionRecord } from "../../../../src/core/decision/decision-record";
import { readDecisionText } from "../../../../src/files/decision-file";
import { allocationsOf, approvalsOf, expectQuotesHold } from "../../../helpers/decision-record";

// Whole decision records written in the genre's forms (an older DMPCD record, the web page with "Key information",
// a PDF's signature block, several sums for several recipients, a decision with no money), each read from its own
// file the way the CLI reads it, with the record a careful analyst would take from it.

const here = dirname(fileURLToPath(import.meta.url));

async function record(name: string): Promise<DecisionRecord> {
  const doc = await readDecisionText(join(here, name));
  return extractDecision(doc.text, name);
}

describe("genre documents", () => {
  it("an older DMPCD record with a supporting report, Financial and Legal Comments and Part 2 – Confidential", async () => {
    const r = await record("dmpcd-2015-112.txt");
    expect(r.ref).toBe("DMPCD 2015 112");
    expect(r.title).toBe("Neighbourhood Watch Support Grant 2015-16");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2015-03-17");
    expect(approvalsOf(r)).toEqual([
      {
        pence: 8_500_000,
        qualifier: "exact",
        recipient: "London Neighbourhood Watch Association",
        kind: "grant",
        start: "2015-04-01",
        end: "2016-03-31",
      },
    ]);
    expect(allocationsOf(r)).toEqual([["London Neighbourhood Watch Association", "2015/16", 8_500_000]]);
    expect(r.amounts.map((a) => a.pence)).toEqual([8_500_000, 8_500_000, 5_000_000]);
    expect(r.related).toEqual(["DMPCD 2013 41", "DMPCD 2014 67"]);
    expect(r.findings).toEqual([]);
    expectQuotesHold(r);
  });

  it("the web page: Key information bullets give the reference, date signed and decision maker", async () => {
    const r = await record("key-information.html");
    expect(r.ref).toBe("PCD 1488");
    expect(r.title).toBe("Youth Diversion Scheme extension");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2023-06-21");
    expect(approvalsOf(r).map((a) => [a.pence, a.qualifier, a.recipient, a.start, a.end])).toEqual([
      [32_000_000, "up to", "Reach Out Youth Trust", "2023-04-01", "2024-03-31"],
      [4_500_000, "exact", null, null, null],
    ]);
    expect(allocationsOf(r)).toEqual([["Reach Out Youth Trust", "2023/24", 32_000_000]]);
    expect(r.related).toEqual(["PCD 1102"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expectQuotesHold(r);
  });

  it("several sums for several recipients (£1.3 million, £450k, £2.5m), years 2023-24, a spaced table with a Total row", async () => {
    const r = await record("several-recipients.txt");
    expect(r.ref).toBe("PCD 1602");
    expect(r.dateSigned).toBe("2023-02-09");
    expect(approvalsOf(r).map((a) => [a.pence, a.recipient, a.start, a.end])).toEqual([
      [130_000_000, "North East BCU Partnership", "2023-04-01", "2025-03-31"],
      [45_000_000, "Hillside Community Trust", "2023-04-01", "2025-03-31"],
      [60_000_000, "Riverside Safety Forum", "2023-04-01", "2025-03-31"],
      [15_000_000, null, "2024-04-01", "2025-03-31"],
    ]);
    // The table's rows are the allocations; its Total row and Total column are checked, not read as lines.
    expect(allocationsOf(r)).toEqual([
      ["North East BCU Partnership", "2023/24", 65_000_000],
      ["North East BCU Partnership", "2024/25", 65_000_000],
      ["Hillside Community Trust", "2023/24", 22_500_000],
      ["Hillside Community Trust", "2024/25", 22_500_000],
      ["Riverside Safety Forum", "2023/24", 30_000_000],
      ["Riverside Safety Forum", "2024/25", 30_000_000],
      ["Evaluation", "2024/25", 15_000_000],
    ]);
    expect(r.amounts.slice(0, 5).map((a) => [a.pence, a.quote])).toEqual([
      [250_000_000, "£2.5m"],
      [130_000_000, "£1.3 million"],
      [45_000_000, "£450k"],
      [60_000_000, "£600,000"],
      [15_000_000, "£150,000"],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expectQuotesHold(r);
  });

  it("a Total row that disagrees with its column is an error, quoting both", async () => {
    const doc = await readDecisionText(join(here, "several-recipients.txt"));
    const text = doc.text.replace(
      "Total                           £1,175,000",
      "Total                           £1,185,000",
    );
    expect(text).not.toBe(doc.text);
    const r = extractDecision(text, "several-recipients-altered.txt");
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.flatMap((f) => f.quotes.map((q) => q.quote))).toContain("£1,185,000");
    expect(r.allocations.some((a) => a.line.toLowerCase().startsWith("total"))).toBe(false);
    expectQuotesHold(r);
  });

  it("a decision with no money and a Recommendations numbered list", async () => {
    const r = await record("no-money.md");
    expect(r.ref).toBe("PCD 1555");
    expect(r.title).toBe("Adoption of the Information Sharing Protocol with London Boroughs");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2023-09-04");
    expect(r.approvals).toEqual([]);
    expect(r.allocations).toEqual([]);
    expect(r.amounts).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it("a PDF's signature block ('Signature … Date' on one line), years 2023/2024 and FY 23/24 headers", async () => {
    const r = await record("pdf-signature-block.txt");
    expect(r.ref).toBe("PCD 1640");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2023-03-14");
    expect(approvalsOf(r).map((a) => [a.pence, a.qualifier, a.start, a.end])).toEqual([
      [38_000_000, "up to", "2023-04-01", "2025-03-31"],
    ]);
    expect(allocationsOf(r)).toEqual([
      ["Analyst posts", "2023/24", 15_000_000],
      ["Analyst posts", "2024/25", 15_000_000],
      ["Data licences", "2023/24", 4_000_000],
      ["Data licences", "2024/25", 4_000_000],
    ]);
    expect(r.findings).toEqual([]);
    expectQuotesHold(r);
  });

  it("a contract variation: per-year sums in the Recommendation, a pipe table of years, a running total noted", async () => {
    const r = await record("contract-variation.txt");
    expect(r.ref).toBe("PCD 1711");
    expect(r.dateSigned).toBe("2024-06-03");
    expect(approvalsOf(r).map((a) => [a.pence, a.recipient, a.start, a.end])).toEqual([
      [120_000_000, "Example Health Ltd", "2024-04-01", "2025-03-31"],
      [130_000_000, "Example Health Ltd", "2025-04-01", "2026-03-31"],
    ]);
    // A table of years with an "Amount" column: its rows are the approved money, under the recipient's name.
    expect(allocationsOf(r)).toEqual([
      ["Example Health Ltd", "2024/25", 120_000_000],
      ["Example Health Ltd", "2025/26", 130_000_000],
    ]);
    // "the total contract value rises to £14.8m" includes earlier money: it is not a total that disagrees.
    expect(r.findings).toEqual([]);
    expectQuotesHold(r);
  });

  it("a web page copied as text: Key information values on their own lines, bullets on their own lines", async () => {
    const r = await record("web-page-copy.txt");
    expect(r.ref).toBe("PCD 1623");
    expect(r.title).toBe("Violence Reduction Unit community grants 2024/2025");
    expect(r.decisionBy).toBe("Deputy Mayor for Policing and Crime");
    expect(r.dateSigned).toBe("2024-03-12");
    expect(approvalsOf(r).map((a) => [a.pence, a.qualifier, a.recipient, a.start, a.end])).toEqual([
      [45_000_000, "up to", null, "2024-04-01", "2025-03-31"],
      [130_000_000, "exact", "Example Youth Partnership", "2024-04-01", "2026-03-31"],
    ]);
    // The £1.3 million spans two years and nothing splits it; the other approval fixing 2024/25 does not.
    expect(r.findings.map((f) => [f.code, f.severity, f.quotes.map((q) => q.quote)])).toEqual([
      ["SPLIT_UNDETERMINED", "info", ["£1.3 million"]],
    ]);
    expectQuotesHold(r);
  });

  it("a web page whose decision sentence is split by an HTML table (FY 23/24 headers, £800k cells, a Total row)", async () => {
    const r = await record("table-under-decision.html");
    expect(r.ref).toBe("PCD 1777");
    expect(r.dateSigned).toBe("2023-04-05");
    // The table splits the £3.1m: its cells are allocations, not approvals of their own.
    expect(approvalsOf(r).map((a) => [a.pence, a.start, a.end])).toEqual([
      [310_000_000, "2023-04-01", "2025-03-31"],
    ]);
    expect(allocationsOf(r)).toEqual([
      ["Borough A", "2023/24", 80_000_000],
      ["Borough A", "2024/25", 80_000_000],
      ["Borough B", "2023/24", 50_000_000],
      ["Borough B", "2024/25", 50_000_000],
      ["Borough C", "2023/24", 25_000_000],
      ["Borough C", "2024/25", 25_000_000],
    ]);
    // "Borough C", a cell break, "£250k" is not "c £250k"; the Total row agrees with its column.
    expect(r.findings).toEqual([]);
    expectQuotesHold(r);
  });
});
