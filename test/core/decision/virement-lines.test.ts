import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { decisionText } from "./checks/check-helpers";

// A virement's allocation is for the budget line it moves money to, named in full: MOPAC's lines are often a
// directorate and a line joined by a dash ("Oversight and Assurance – Data Analytics").

function read(recommendation: string) {
  return extractDecision(
    decisionText({
      summary:
        "This decision approves virements within the 2024/25 MOPAC (excluding MPS) revenue budget. They have no effect on the total MOPAC budget.",
      recommendation,
      financial: "3.1. The virements net to zero across the MOPAC revenue budget.",
    }),
    "synthetic.txt",
  );
}

describe("the lines virements move money to", () => {
  it("names each line in full, past the dash between directorate and line", () => {
    const r = read(
      [
        "1. Approve the three budget virements set out in Table 1, totalling £950,000, within the 2024/25 MOPAC revenue budget:",
        "a. £450k from Commissioning – Neighbourhood Crime to Oversight and Assurance – Data Analytics;",
        "b. £300k from Estates Revenue – Facilities Management to Corporate Services – ICT Licences; and",
        "c. £0.2m from Staffing – Vacancy Factor to the Victims' Commissioner's Office.",
      ].join("\n"),
    );
    expect(r.allocations.map((a) => [a.line, a.fy, a.pence])).toEqual([
      ["Oversight and Assurance – Data Analytics", "2024/25", 45000000],
      ["Corporate Services – ICT Licences", "2024/25", 30000000],
      ["Victims' Commissioner's Office", "2024/25", 20000000],
    ]);
  });

  it("reads the line after the year, and drops 'budget' after its name", () => {
    const r = read(
      [
        "1. Approve a budget virement of £750,000 in 2024/25 from Commissioning – Reducing Reoffending to Oversight – Victims' Code Compliance.",
        "2. Approve a virement of £350,000 from the Estates revenue budget to the Digital Policing revenue budget in 2024/25.",
      ].join("\n"),
    );
    expect(r.allocations.map((a) => a.line)).toEqual([
      "Oversight – Victims' Code Compliance",
      "Digital Policing",
    ]);
  });
});
