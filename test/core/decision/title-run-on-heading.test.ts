import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";

/** A decision whose PDF text gives the title line as `titleLine`. */
function decision(titleLine: string): string {
  return [
    "DMPC Decision – PCD 2111",
    "",
    titleLine,
    "",
    "Recommendation:",
    "The Deputy Mayor for Policing and Crime is recommended to:",
    "1. Approve expenditure of £400,000 on the Victim Support helpline in 2025/26.",
    "",
    "Deputy Mayor for Policing and Crime",
    "The above request has my approval.",
    "Signature",
    "Date 12/03/2025",
  ].join("\n");
}

describe("the title ends where a section heading runs on into its line", () => {
  it.each([
    "Title: Victim Support Helpline Extension Executive Summary: This decision extends the helpline for one year.",
    "Title: Victim Support Helpline Extension  Recommendation: The DMPC is recommended to approve the extension.",
    "Title: Victim Support Helpline Extension Decision required: approve the extension.",
  ])("%s", (line) => {
    expect(extractDecision(decision(line), "pcd-2111.txt").title).toBe("Victim Support Helpline Extension");
  });

  it("keeps a title that only names such a word, with no colon after it", () => {
    const r = extractDecision(
      decision("Title: Executive Summary Template Recommendations Review"),
      "pcd-2111.txt",
    );
    expect(r.title).toBe("Executive Summary Template Recommendations Review");
  });
});
