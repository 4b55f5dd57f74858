import { describe, expect, it } from "vitest";
import { formIncomplete } from "../../../../src/core/decision/checks/form-incomplete";
import { htmlToText } from "../../../../src/core/text/html-to-text";
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

  it("notes the form's own questions however they are worded: Part 2, confidentiality, an exemption", () => {
    const { findings } = check(
      text(
        [
          "Part 2 Confidentiality: Only the facts or advice considered as likely to be exempt from disclosure under the FOIA should be in the separate Part 2 form.",
          "Is there a Part 2 form?",
          "Are any parts of this decision confidential under the FOIA? Y/N",
          "Does the decision contain exempt information?",
          "NO",
        ].join("\n\n"),
      ),
      formIncomplete,
    );
    expect(findings.map((f) => quotesOf(f)[0])).toEqual([
      "Is there a Part 2 form?",
      "Are any parts of this decision confidential under the FOIA? Y/N",
    ]);
  });

  it("leaves alone questions that are not the form's: a page's feedback widget, a question in the report", () => {
    const { findings } = check(
      text(
        [
          "Is the service value for money?",
          "The service costs less per young person than the borough schemes it replaces.",
          "Was this page useful?",
          "Your feedback is anonymous. We cannot reply to comments left here.",
          "Is this page useful? Yes / No",
          "Have you found what you were looking for?",
        ].join("\n\n"),
      ),
      formIncomplete,
    );
    expect(findings).toEqual([]);
  });

  it("leaves alone the feedback widget of a london.gov.uk page, which is not in the page's dropped footer", () => {
    // The widget sits in <main>, after the decision's <article>: only the check itself can tell it is not the form's.
    const html = `<main><article><h1>PCD 9001 Youth Diversion and Mentoring Service</h1>
      <p>Part 1 Deferral: Is the publication of Part 1 of this approval to be deferred? NO</p></article>
      <div class="feedback-form"><h2>Was this page useful?</h2><form><button>Yes</button> <button>No</button></form>
      <p>Your feedback is anonymous.</p></div></main><footer><h2>Is this page useful?</h2></footer>`;
    const page = htmlToText(html);
    expect(page).toContain("Was this page useful?\n\nYour feedback is anonymous.");
    expect(check(text(page), formIncomplete).findings).toEqual([]);
  });
});
