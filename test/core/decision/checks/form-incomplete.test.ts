import { describe, expect, it } from "vitest";
import { formIncomplete } from "../../../../src/core/decision/checks/form-incomplete";
import { check, decisionText, quotesOf } from "./check-helpers";

function text(extra: string): string {
  return decisionText({
    summary: "This decision continues the mentoring service.",
    recommendation: "1. Approve a grant of £90,000 to Bright Paths for 2024/25.",
    financial: "3.1. The grant is met from the Violence Reduction budget.",
    extra,
  });
}

describe("FORM_INCOMPLETE", () => {
  it("notes a question answered with both options", () => {
    const { findings } = check(
      text(
        "Part 1 Deferral:\n\nShould publication of this form be delayed? YES/NO\n\nIs there a Part 2 form – NO",
      ),
      formIncomplete,
    );
    expect(findings).toHaveLength(1);
    expect(quotesOf(findings[0]!)).toEqual(["Should publication of this form be delayed? YES/NO"]);
  });

  it("notes a follow-up left empty after a YES, and accepts a NO with empty follow-ups", () => {
    const yes = check(
      text(
        "Is the publication of Part 1 of this approval to be deferred? YES\n\nIf yes, for what reason:\n\nUntil what date:\n",
      ),
      formIncomplete,
    );
    expect(yes.findings.length).toBeGreaterThan(0);
    expect(quotesOf(yes.findings[0]!)).toEqual(["If yes, for what reason:"]);
    const no = check(
      text(
        "Is the publication of Part 1 of this approval to be deferred? NO\n\nIf yes, for what reason:\n\nUntil what date:\n",
      ),
      formIncomplete,
    );
    expect(no.findings).toEqual([]);
  });
});
