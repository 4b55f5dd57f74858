import { describe, expect, it } from "vitest";
import { readDecisionDocument } from "../../../src/core/decision/read-document";
import { isFundingTable } from "../../../src/core/decision/read-table";
import { fixtureText } from "../../helpers/fixtures";

const doc = (file: string) => readDecisionDocument(fixtureText(file), file);

describe("readDecisionDocument on the PDF form", () => {
  const d = doc("pcd-1307.txt");

  it("finds the sections by their headings, numbered or not", () => {
    const parts = d.sections.map((s) => s.part);
    expect(parts.slice(0, 5)).toEqual(["title", "summary", "recommendation", "approval", "other"]);
    const financial = d.sections.find((s) => s.part === "financial")!;
    expect(financial.heading).toBe("Financial Comments");
    expect(financial.number).toBe("3");
    expect(d.text.slice(financial.start, financial.end)).toContain("3.2. An overview");
    expect(d.sections[d.sections.length - 1]!.part).toBe("signature");
  });

  it("finds the numbered paragraphs ('- 3.1.' and '4.2.') and no paragraph that is not there", () => {
    const numbers = d.paragraphs.map((p) => p.number);
    expect(numbers).toEqual(expect.arrayContaining(["1.1", "2.2", "2.5", "3.1", "3.2", "4.2", "9.2"]));
    expect(numbers).not.toContain("2.6");
    const p32 = d.paragraphs.find((p) => p.number === "3.2")!;
    expect(d.text.slice(p32.start, p32.end)).toContain("Service Name");
  });

  it("tells the approver's signature from the CEO's consultation", () => {
    expect(d.signatures.map((s) => [s.capacity, s.role, s.date])).toEqual([
      ["approver", "Deputy Mayor for Policing and Crime", "2022-10-25"],
      ["consultee", "Chief Executive Officer", "2022-10-31"],
    ]);
  });

  it("finds the funding table and does not take the declaration for one", () => {
    const funding = d.tables.filter(isFundingTable);
    expect(funding).toHaveLength(1);
    expect(funding[0]!.fyColumns.map((f) => f.fy)).toEqual(["2023/24", "2024/25"]);
    expect(funding[0]!.rows).toHaveLength(4);
    expect(funding[0]!.totalRows).toHaveLength(1);
    expect(
      d.tables.some((t) => t.header[0]?.text === "ORIGINATING OFFICER DECLARATION" && !isFundingTable(t)),
    ).toBe(true);
  });

  it("reads its own reference and the others it mentions", () => {
    expect(d.ref).toBe("PCD 1307");
    expect(d.refs.map((r) => r.ref)).toEqual(["PCD 1307", "PCD 1065", "PCD 1171", "PCD 1068"]);
  });
});

describe("readDecisionDocument on other layouts", () => {
  it("reads the date on the line after 'Date' and markdown headings", () => {
    const d = doc("pcd-1732.txt");
    expect(d.signatures.find((s) => s.capacity === "approver")?.date).toBe("2024-11-13");
    expect(d.signatures.find((s) => s.capacity === "consultee")?.date).toBe("2024-11-12");
    expect(d.sections.find((s) => s.part === "recommendation")?.heading).toBe("Recommendation");
  });

  it("takes an interim CEO's block as the consultee's", () => {
    const d = doc("pcd-0663.txt");
    expect(d.signatures.map((s) => [s.capacity, s.role, s.date])).toEqual([
      ["approver", "Deputy Mayor for Policing and Crime", "2019-12-11"],
      ["consultee", "Chief Executive Officer", "2019-12-09"],
    ]);
    expect(d.paragraphs.map((p) => p.number)).toContain("2.7.1");
  });

  it("reads the web form's bare headings after '-' lines, and no signature when 'Date signed:' is empty", () => {
    const d = doc("pcd-1513.txt");
    const headings = d.sections.map((s) => s.heading);
    expect(headings).toEqual(
      expect.arrayContaining([
        "Key information",
        "Executive Summary",
        "Recommendation",
        "Financial Comments",
        "Legal Comments",
      ]),
    );
    expect(headings).not.toContain("Approve that the service will run for 18-months from 01 October 2023");
    expect(d.paragraphs.map((p) => p.number)).toEqual(["3.1", "3.2"]);
    expect(d.signatures).toEqual([]);
  });

  it("keeps both Recommendation sections of a web page, and does not read '- 40.5 IDVAs' as a paragraph", () => {
    const d = doc("pcd-0353.txt");
    expect(d.sections.filter((s) => s.part === "recommendation").map((s) => s.number)).toEqual([null, "3"]);
    expect(d.paragraphs.map((p) => p.number)).not.toContain("40.5");
  });
});
