import { describe, expect, it } from "vitest";
import { danglingSectionReference } from "../../../../src/core/decision/checks/dangling-section-reference";
import { check, decisionText } from "./check-helpers";

// The Part 2 form cites the exemptions of the Freedom of Information Act by section number, often as a list with a
// gloss after each number and the Act named once at its end: those numbers are the Act's, not the decision's.

function withPart2(confidentiality: string): string {
  return decisionText({
    summary: "This decision approves the settlement of an Employment Tribunal claim.",
    recommendation: "1. Approve the settlement on the terms set out in the Part 2 report.",
    financial: "3.1. The settlement will be met from the MOPAC legal costs budget. See paragraph 2.2.",
    extra: [
      "Part 2 Confidentiality: Only the facts or advice considered as likely to be exempt from disclosure under the FOIA should be in the separate Part 2 form.",
      "",
      "Is there a Part 2 form – YES",
      "",
      confidentiality,
    ].join("\n"),
  });
}

describe("section numbers of the FOIA are not the decision's own", () => {
  it("reads a list of glossed sections as the Act's when the Act is named after the list", () => {
    const t = withPart2(
      "The Part 2 report contains the settlement sum and personal information about the claimant. It is exempt from disclosure under sections 40 (personal information), 42 (legal professional privilege) and 43 (commercial interests) of the FOIA.",
    );
    expect(check(t, danglingSectionReference).findings).toEqual([]);
  });

  it("reads a section cited beside the FOIA's acronym as the Act's", () => {
    const t = withPart2(
      "The Part 2 report is exempt under section 43, FOIA, as it is commercially sensitive.",
    );
    expect(check(t, danglingSectionReference).findings).toEqual([]);
  });

  it("still reports a missing paragraph of the decision itself", () => {
    const t = withPart2(
      "The Part 2 report is exempt under section 43 of the Freedom of Information Act 2000.",
    ).replace("See paragraph 2.2.", "See paragraph 2.7.");
    expect(check(t, danglingSectionReference).findings.map((f) => f.message)).toEqual([
      expect.stringContaining("no section or paragraph 2.7"),
    ]);
  });
});
