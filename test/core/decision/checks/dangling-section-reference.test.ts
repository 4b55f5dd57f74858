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

  it("ignores a statute's name for a kind of thing ('a section 75 agreement', 'a section 31 grant')", () => {
    const t = text(
      "3.1. The budget is pooled under a section 75 agreement with the NHS, and the Home Office pays a section 31 grant towards it. Partners not party to the section 75 agreement itself contribute through grants. This funds the projects set out in paragraph 2.1.",
    );
    expect(check(t, danglingSectionReference).findings).toEqual([]);
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

  it("reads a paragraph later sentences cite as a rule ('Paragraph 4.14 provides that …') as the cited document's", () => {
    // The Legal Comments name the scheme once, then go on citing its paragraphs by number alone.
    const { findings } = check(
      text(
        "3.1. This funds the projects listed in 2.1 to 2.3.",
        [
          "4.1. MOPAC is a contracting authority as defined in the Public Contracts Regulations 2015.",
          "4.2. Paragraph 4.8 of the MOPAC Scheme of Consent and Delegation provides that the DMPC has delegated authority to approve business cases of £500,000 and above. Paragraph 4.14 provides that the DMPC reserves the right to call in any MPS proposal to award a contract for £500,000 or above. Paragraph 4.13 reserves to the DMPC any decision that is novel or contentious.",
          "4.3. Under paragraph 4.11 the Chief Executive signs the agreements, in accordance with paragraph 1.7.",
        ].join("\n"),
      ),
      danglingSectionReference,
    );
    expect(findings).toEqual([]);
  });

  it("still reads as the decision's own a reference that says where in it something is, after a citation", () => {
    const { findings } = check(
      text(
        "3.1. The Youth Diversion Scheme is funded from the MOPAC budget. Paragraph 3.4 provides that payments are quarterly.",
        "4.1. The MOPAC Scheme of Consent and Delegation reserves grants of £500,000 and above to the DMPC. The grants are described in paragraph 2.9. Paragraph 2.8 of this decision provides that the grants run for a year. Paragraph 4.9 below provides that the grants are paid quarterly. The recipients under paragraph 2.7 are charities. Paragraph 2.6 provides further detail of the risks.",
      ),
      danglingSectionReference,
    );
    // A programme called a scheme is no document that the Financial Comments go on to cite.
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("no section or paragraph 3.4"),
      expect.stringContaining("no section or paragraph 2.9"),
      expect.stringContaining("no section or paragraph 2.8"),
      expect.stringContaining("no section or paragraph 4.9"),
      expect.stringContaining("no section or paragraph 2.7"),
      expect.stringContaining("no section or paragraph 2.6"),
    ]);
  });
});

describe("DANGLING_SECTION_REFERENCE and statutes", () => {
  it("does not read a statute's section with a letter ('Section 22A of the Police Act 1996') as one of the decision's", () => {
    const { findings } = check(
      decisionText({
        summary: "This decision approves a collaboration agreement with the City of London Police.",
        recommendation: "1. Approve the collaboration agreement under Section 22A of the Police Act 1996.",
        financial: "3.1. Costs are shared 60:40.",
        legal:
          "4.1. Section 22A of the Police Act 1996 allows forces to collaborate. Section 23E requires the agreement to be published. The MOPAC Scheme of Consultation and Delegation provides at paragraph 1.7 that the DMPC may delegate any of her functions. Paragraph 4.13 reserves to the DMPC contracts of £500,000 and above; paragraph 4.15 is disapplied by this decision.",
      }),
      danglingSectionReference,
    );
    expect(findings).toEqual([]);
  });
});
