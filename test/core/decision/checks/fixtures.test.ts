import { describe, expect, it } from "vitest";
import { readDecisionDocument } from "../../../../src/core/decision/read-document";
import { extractDecision } from "../../../../src/core/decision/extract-decision";
import { checkDecision } from "../../../../src/core/decision/checks/check-decision";
import { expectedDecisions, fixtureNames, fixtureText } from "../../../helpers/fixtures";
import { expectQuotesHold } from "./check-helpers";

/** expected.json's illustrative codes → the codes the checks raise. */
const codeFor: Record<string, string> = {
  TOTAL_MISMATCH: "TOTAL_MISMATCH",
  SIGNATURE_ORDER: "SIGNATURE_ORDER",
  DANGLING_SECTION_REFERENCE: "DANGLING_SECTION_REFERENCE",
  FUNDING_FIGURES_DISAGREE: "FUNDING_FIGURES_DISAGREE",
  THRESHOLD_OUT_OF_DATE: "THRESHOLD_OUT_OF_DATE",
  SPLIT_UNDETERMINED: "SPLIT_UNDETERMINED",
  FUNDED_BELOW_COST: "FUNDED_BELOW_COST",
  APPROXIMATE_AMOUNT: "APPROXIMATE_AMOUNT",
  FORM_INCOMPLETE: "FORM_INCOMPLETE",
};

/** What each expected finding must quote (read off the fixture by a person, per its `about`). */
const mustQuote: Record<string, Record<string, string[]>> = {
  "pcd-1307.txt": {
    TOTAL_MISMATCH: ["£2,270,000", "£2,720,000", "£1,360,000"],
    SIGNATURE_ORDER: ["31/10/22", "25/10/2022"],
    DANGLING_SECTION_REFERENCE: ["2.2 to 2.6"],
  },
  "pcd-1513.txt": {
    FUNDING_FIGURES_DISAGREE: ["£1,790,932", "£1,097,530", "£652,151", "£2,443,083"],
    THRESHOLD_OUT_OF_DATE: ["£181,302"],
    SPLIT_UNDETERMINED: ["still to be determined"],
  },
  "pcd-0663.txt": { FUNDED_BELOW_COST: ["£312,000", "£275,000"] },
  "pcd-1732.txt": { APPROXIMATE_AMOUNT: ["c£780,000"], FORM_INCOMPLETE: ["YES/NO"] },
  "pcd-0353.txt": {},
};

function run(file: string) {
  const text = fixtureText(file);
  const doc = readDecisionDocument(text, file);
  const record = extractDecision(text, file);
  return { doc, record, findings: checkDecision(record, doc) };
}

describe("checkDecision on the fixture decisions (through the real reader and extractor)", () => {
  it("covers every fixture", () => {
    expect(fixtureNames().sort()).toEqual(Object.keys(mustQuote).sort());
  });

  for (const expected of expectedDecisions()) {
    describe(expected.file, () => {
      const { doc, record, findings } = run(expected.file);

      it("quotes text that sits at its offsets", () => {
        expect(record.text).toBe(doc.text);
        expectQuotesHold(doc.text, findings);
      });

      for (const e of expected.findings) {
        it(`raises ${e.code} (${e.severity}): ${e.about}`, () => {
          const code = codeFor[e.code] ?? e.code;
          const raised = findings.filter((f) => f.code === code);
          expect(raised.length, `${code} in ${findings.map((f) => f.code).join(", ")}`).toBeGreaterThan(0);
          expect(raised.some((f) => f.severity === e.severity)).toBe(true);
          const quoted = raised.flatMap((f) => f.quotes.map((q) => q.quote)).join(" | ");
          for (const q of mustQuote[expected.file]?.[e.code] ?? []) expect(quoted).toContain(q);
          for (const f of raised) expect(f.ref).toBe(expected.ref);
        });
      }

      it("raises no error other than the expected ones", () => {
        const allowed = new Set(
          expected.findings.filter((e) => e.severity === "error").map((e) => codeFor[e.code] ?? e.code),
        );
        const errors = findings.filter((f) => f.severity === "error" && !allowed.has(f.code));
        expect(errors.map((f) => `${f.code}: ${f.message}`)).toEqual([]);
      });
    });
  }

  it("names the figures and places in PCD 1307's total mismatch", () => {
    const f = run("pcd-1307.txt").findings.find((x) => x.code === "TOTAL_MISMATCH")!;
    expect(f.severity).toBe("error");
    expect(f.message).toContain("The Recommendation approves £2,270,000");
    expect(f.message).toContain("Financial Comments 3.1");
    expect(f.message).toContain("the Executive Summary states £2,720,000");
    expect(f.message).toContain("£1,360,000 + £1,360,000 = £2,720,000");
  });

  it("raises one dangling-reference finding for PCD 1307's missing 2.6, quoting each reference", () => {
    const found = run("pcd-1307.txt").findings.filter((x) => x.code === "DANGLING_SECTION_REFERENCE");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("2.6");
    expect(found[0]!.quotes.length).toBeGreaterThanOrEqual(5);
  });

  it("finds no out-of-date threshold in PCD 1732 (it cites the one in force)", () => {
    expect(run("pcd-1732.txt").findings.filter((x) => x.code === "THRESHOLD_OUT_OF_DATE")).toEqual([]);
  });
});
