import { describe, expect, it } from "vitest";
import { joinSoftWraps } from "../../../src/core/decision/soft-wraps";
import { fixtureNames, fixtureText } from "../../helpers/fixtures";

/** The lines of the text as joinSoftWraps reads them. */
function lines(text: string): string[] {
  const out = joinSoftWraps(text);
  expect(out).toHaveLength(text.length);
  return out.split("\n");
}

const wrapped = [
  "2. Issues for consideration",
  "",
  "2.1. Extending the current contract by twelve months will allow the re-commissioning of",
  "victims services to be aligned with the new Police and Crime Plan, and will:",
  " maintain continuity of support for victims while the new model is being designed;",
  " allow the re-commissioning to reflect the statutory guidance under the new Act; and",
  " avoid a procurement that would need to be re-specified shortly after the award.",
  "",
  "2.2. Performance under the contract has been good: the service has met or exceeded its",
  "key performance indicators in eleven of the last twelve quarters, and victim satisfaction",
  "remains above 85% across every borough in which the service is currently delivered.",
  "3. Financial Comments",
  "",
  "3.1. The value of the twelve-month extension is commercially sensitive and is set out in",
  "the Part 2 report. It will be met from the Ministry of Justice Victims Grant allocation",
  "for 2026/27, which has been confirmed at the same level as the allocation for 2025/26.",
  "3.2. The grant of £150,000 for the Court Advocacy Pilot will be funded from the MOPAC",
  "Commissioning budget in 2026/27 and will be paid quarterly in arrears to the provider.",
  "",
  "Service                               2025/26         2026/27         Funding source",
  "London Sexual Violence Helpline       £141,000        £126,000        VAWG Strategy Fund",
].join("\n");

describe("joinSoftWraps", () => {
  it("joins each paragraph's wrapped lines into one line", () => {
    const out = lines(wrapped);
    expect(out).toContain(
      "2.2. Performance under the contract has been good: the service has met or exceeded its key performance indicators in eleven of the last twelve quarters, and victim satisfaction remains above 85% across every borough in which the service is currently delivered.",
    );
    expect(out).toContain(
      "3.2. The grant of £150,000 for the Court Advocacy Pilot will be funded from the MOPAC Commissioning budget in 2026/27 and will be paid quarterly in arrears to the provider.",
    );
  });

  it("keeps apart list items, numbered paragraphs, a heading after a sentence, and table rows", () => {
    const out = lines(wrapped);
    expect(out.filter((l) => /^ (?:maintain|allow|avoid)/.test(l))).toHaveLength(3);
    expect(out).toContain("3. Financial Comments");
    expect(out.some((l) => l.startsWith("3.2. The grant"))).toBe(true);
    expect(out.slice(-2)).toEqual(wrapped.split("\n").slice(-2));
  });

  it.each(fixtureNames())("leaves %s, one paragraph a line, as it is", (name) => {
    const text = fixtureText(name);
    expect(joinSoftWraps(text)).toBe(text);
  });
});
