import { describe, expect, it } from "vitest";
import { extractDecision } from "../../../src/core/decision/extract-decision";
import { withoutPageFurniture } from "../../../src/core/decision/page-furniture";

// A PDF's footer of two lines ("Page 1 of 6" then "PCD 2046") stands under each page's text, the last page's at the
// very end of the text. There the reference line is at both edges of its page (nothing follows it), so it was taken
// for no page edge at all, the footer's second line was kept everywhere, and a recommendation the page break cut
// ("funded from the MPS Property Services capital / Page 1 of 6 / PCD 2046 / programme; and") lost its source.

const pages = [
  "MOPAC",
  "DMPC Decision – PCD 2046",
  "Title: Lewisham Custody Centre Refurbishment – Full Business Case",
  "Executive Summary:",
  "Lewisham Custody Centre is one of the MPS’s six designated custody hubs, with 40 cells. Its heating,",
  "ventilation and ligature-reduction measures no longer meet the standards required by the Home Office",
  "Detention and Custody Authorised Professional Practice, and six cells have been taken out of use.",
  "This decision seeks approval of the Full Business Case (FBC) for the refurbishment of the centre at a",
  "total capital cost of £4.65m, to be delivered between September 2025 and December 2026. The",
  "Outline Business Case was approved under PCD 1904.",
  "Recommendation:",
  "The Deputy Mayor for Policing and Crime is recommended to:",
  "1. Approve the Full Business Case for the refurbishment of Lewisham Custody Centre and capital",
  "expenditure of up to £4,650,000 in 2025/26 and 2026/27, funded from the MPS Property Services capital",
  "Page 1 of 3",
  "PCD 2046",
  "programme; and",
  "2. Approve the award of the works contract to Wates Construction Limited, within the approved budget.",
  "Deputy Mayor for Policing and Crime",
  "The above request has my approval.",
  "Signature",
  "Date 30/06/2025",
  "Page 2 of 3",
  "PCD 2046",
  "3. Financial Comments",
  "3.1. The total capital cost of the scheme is £4,650,000, as shown in the cost plan, and includes a",
  "risk allowance of £560,000 held by the programme. The scheme is included in the MPS capital",
  "programme approved in the 2025/26 budget and will be funded from capital receipts and borrowing.",
  "Page 3 of 3",
  "PCD 2046",
].join("\n");

describe("a footer line after the last page number, at the end of the text", () => {
  it("is page furniture like the same line on the other pages", () => {
    const out = withoutPageFurniture(pages);
    expect(out).toHaveLength(pages.length);
    expect(out).toMatch(/capital *\nprogramme; and/);
    expect(out.trimEnd()).toMatch(/and borrowing\.$/);
    expect(out).toContain("DMPC Decision – PCD 2046");
  });

  it("lets a recommendation the page break cut name its source", () => {
    const r = extractDecision(pages, "pcd-2046.txt");
    expect(r.approvals.map((a) => [a.pence, a.fundingSource])).toEqual([
      [465_000_000, "MPS Property Services capital programme"],
    ]);
  });
});
