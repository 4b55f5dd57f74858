import { describe, expect, it } from "vitest";
import { danglingSectionReference } from "../../../../src/core/decision/checks/dangling-section-reference";
import { check, decisionText, quotesOf } from "./check-helpers";

function text(financial: string, legal?: string): string {
  return decisionText({
    summary: "This decision continues the projects described below.",
    recommendation: "1. Approve funding of £300,000 for the projects in 2024/25.",
    issues: "2.1. Mentoring for young people.\n2.2. Outreach in youth settings.\n2.3. Family support.",
    financial,
    ...(legal ? { legal } : {}),
  });
}

describe("DANGLING_SECTION_REFERENCE", () => {
  it("reports each missing paragraph once, quoting every reference to it", () => {
    const { findings } = check(
      text(
        "3.1. This funds the projects set out in paragraphs 2.1 to 2.4.\n3.2. Payments for the projects described in 2.1 to 2.4 are quarterly.",
      ),
      danglingSectionReference,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("info");
    expect(findings[0]!.message).toContain("no section or paragraph 2.4");
    expect(quotesOf(findings[0]!)).toEqual(["paragraphs 2.1 to 2.4", "2.1 to 2.4"]);
  });

  it("ignores references that exist and references into other documents", () => {
    const { findings } = check(
      text(
        "3.1. This funds the projects listed in 2.1 to 2.3, see section 2.",
        "4.1. Under paragraph 4.9 of the Scheme of Delegation the DMPC approves grants. Section 17(1) of the Crime and Disorder Act 1998 applies, as does Schedule 3, paragraph 7 of the 2011 Act.",
      ),
      danglingSectionReference,
    );
    expect(findings).toEqual([]);
  });

  it("reads a reference after a semicolon as citing the document the clause before it cites", () => {
    const cited = check(
      text(
        "3.1. This funds the projects listed in 2.1 to 2.3.",
        "4.1. Paragraph 4.8 of the MOPAC Scheme of Delegation and Consent provides that the DMPC approves business cases of £500,000 and above; paragraph 4.11 reserves to the DMPC any drawdown from reserves.",
      ),
      danglingSectionReference,
    );
    expect(cited.findings).toEqual([]);
    // A new sentence cites the decision itself again.
    const own = check(
      text(
        "3.1. This funds the projects listed in 2.1 to 2.3.",
        "4.1. Paragraph 4.8 of the MOPAC Scheme of Delegation and Consent applies. The costs are in paragraph 3.9; the risks are in paragraph 2.9.",
      ),
      danglingSectionReference,
    );
    expect(own.findings.map((f) => f.message)).toEqual([
      expect.stringContaining("no section or paragraph 3.9"),
      expect.stringContaining("no section or paragraph 2.9"),
    ]);
  });
});
