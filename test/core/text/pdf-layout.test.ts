import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layoutPdfText, type PdfTextItem } from "../../../src/core/text/pdf-layout";

/** A run of text at (x, y) in a 10pt font whose characters are 5pt wide. */
function run(str: string, x: number, y: number, size = 10): PdfTextItem {
  return { str, x, y, width: str.length * size * 0.5, height: size, fontSize: size };
}

describe("layoutPdfText", () => {
  it("groups pieces by baseline, orders them left to right, and joins touching pieces with nothing", () => {
    const page = [
      run("cation", 80, 700),
      run("identi", 50, 700),
      { ...run("fi", 80 - 10, 700), width: 10 },
      run("Next line, longer than the first one", 50, 680),
    ];
    expect(layoutPdfText([page])).toBe("identification\nNext line, longer than the first one");
  });

  it("keeps a raised footnote mark on its line", () => {
    const page = [
      run("women are more likely", 50, 700),
      run("1", 50 + 21 * 5, 703.5, 6),
      run(", and", 50 + 21 * 5 + 3, 700),
    ];
    expect(layoutPdfText([page])).toBe("women are more likely1, and");
  });

  it("joins words a word space apart with a space", () => {
    expect(layoutPdfText([[run("Approve", 50, 700), run("£1,000", 50 + 35 + 3, 700)]])).toBe(
      "Approve £1,000",
    );
  });

  it("rebuilds table columns as tabs, even where a gap is narrow, when the columns line up over the rows", () => {
    // The first column's widest cell leaves only a 1-em gap; the columns start at the same x in every row.
    const rows = [
      ["Service Name", "23/24", "Funding Source"],
      ["Drug Testing in Police Custody", "£470,000", "Police Grant"],
      ["MAPPA", "£40,000", "Police Grant"],
    ];
    const page = rows.flatMap((cells, r) => [
      run(cells[0]!, 50, 700 - 18 * r),
      run(cells[1]!, 210, 700 - 18 * r),
      run(cells[2]!, 270, 700 - 18 * r),
    ]);
    expect(layoutPdfText([page])).toBe(
      "Service Name\t23/24\tFunding Source\nDrug Testing in Police Custody\t£470,000\tPolice Grant\nMAPPA\t£40,000\tPolice Grant",
    );
  });

  it("starts a table row whose first cells are empty (merged from the row above) with a tab for each", () => {
    const rows = [
      ["Service", "23/24", "24/25", "Funding Source"],
      ["Drive", "£575,000", "£575,000", "VAWG Strategy Fund"],
      ["", "£100,000", "£100,000", "Police Grant"],
      ["", "", "£5,000", "Police Grant"],
      ["Total", "£675,000", "£680,000", ""],
    ];
    const xs = [50, 150, 220, 290];
    const page = rows.flatMap((cells, r) =>
      cells.flatMap((c, k) => (c === "" ? [] : [run(c, xs[k]!, 700 - 18 * r)])),
    );
    expect(layoutPdfText([page]).split("\n")).toEqual([
      "Service\t23/24\t24/25\tFunding Source",
      "Drive\t£575,000\t£575,000\tVAWG Strategy Fund",
      "\t£100,000\t£100,000\tPolice Grant",
      "\t\t£5,000\tPolice Grant",
      "Total\t£675,000\t£680,000",
    ]);
  });

  it("starts a header whose top-left cell is empty with a tab, so each year heads its own column", () => {
    const page = [
      run("23/24", 150, 700),
      run("24/25", 220, 700),
      run("North", 50, 682),
      run("£300,000", 150, 682),
      run("£310,000", 220, 682),
    ];
    expect(layoutPdfText([page])).toBe("\t23/24\t24/25\nNorth\t£300,000\t£310,000");
  });

  it("merges a table row whose cells sit at different heights (vertically centred, wrapped in the cell)", () => {
    // As LibreOffice lays out a narrow table: the header's two-line cells are centred on the one-line ones, and a
    // wrapped "VAWG Strategy / Fund" cell straddles its row's baseline.
    const page = [
      run("Body text line one of the page.", 50, 760),
      run("Body text line two of the page.", 50, 746.7),
      run("23/24", 200, 705.4),
      run("24/25", 280, 705.4),
      run("Service Name", 50, 697.8),
      run("Funding Source", 360, 697.8),
      run("Allocation", 200, 690.3),
      run("Allocation", 280, 690.3),
      run("VAWG Strategy", 360, 670.6),
      run("S-TAC", 50, 663.1),
      run("£175,000", 200, 663.1),
      run("£175,000", 280, 663.1),
      run("Fund", 360, 655.5),
    ];
    expect(layoutPdfText([page]).split("\n").slice(-2)).toEqual([
      "Service Name\t23/24 Allocation\t24/25 Allocation\tFunding Source",
      "S-TAC\t£175,000\t£175,000\tVAWG Strategy Fund",
    ]);
  });

  it("joins a top-aligned cell wrapped over two lines to its row", () => {
    // Rows 28pt apart; the wrapped cells' second lines 15pt under their rows.
    const page = [
      run("Service", 50, 700),
      run("23/24", 200, 700),
      run("Source", 280, 700),
      run("Drug Testing in Police", 50, 672),
      run("£470,000", 200, 672),
      run("Police Grant", 280, 672),
      run("Custody", 50, 657),
      run("MAPPA", 50, 636),
      run("£40,000", 200, 636),
      run("VAWG Strategy", 280, 636),
      run("Fund", 280, 621),
      run("After the table, a paragraph.", 50, 590),
    ];
    expect(layoutPdfText([page])).toBe(
      "Service\t23/24\tSource\nDrug Testing in Police Custody\t£470,000\tPolice Grant\nMAPPA\t£40,000\tVAWG Strategy Fund\n\n" +
        "After the table, a paragraph.",
    );
  });

  it("keeps rows with only a first cell as rows when they are spaced like the other rows", () => {
    const page = [
      run("Revenue", 50, 700),
      run("£1", 200, 700),
      run("Capital", 50, 682),
      run("Works", 50, 664),
      run("£2", 200, 664),
      run("Total", 50, 646),
      run("£3", 200, 646),
    ];
    expect(layoutPdfText([page])).toBe("Revenue\t£1\nCapital\nWorks\t£2\nTotal\t£3");
  });

  it("leaves a one-off wide gap in running text as a space", () => {
    const page = [
      run("This is a justified", 50, 700),
      run("line of text", 50 + 19 * 5 + 9, 700),
      run("And another line here that is much longer", 50, 687),
    ];
    expect(layoutPdfText([page]).split("\n")[0]).toBe("This is a justified line of text");
  });

  it("joins a wrapped paragraph into one line and separates paragraphs by a blank line", () => {
    // Right edge of the text column at x = 300; "second" would not have fitted after the first line.
    const page = [
      run("The Deputy Mayor approves the funding of the", 50, 700), // ends at 270
      run("second year at £2,270,000.", 50, 687),
      run("A new paragraph follows here and it is long.", 50, 668), // ends at 270
      run("Short.", 50, 655),
      run("x".repeat(50), 50, 636), // ends at 300: the column's right edge
      run("Heading", 50, 610),
    ];
    expect(layoutPdfText([page])).toBe(
      "The Deputy Mayor approves the funding of the second year at £2,270,000.\n\nA new paragraph follows here and it is long. Short.\n\n" +
        "x".repeat(50) +
        "\n\nHeading",
    );
  });

  it("separates pages by a blank line but runs a table on over a page break", () => {
    const p1 = [
      run("Intro text.", 50, 700),
      run("Service", 50, 100),
      run("£1", 200, 100),
      run("Drive", 50, 82),
      run("£2", 200, 82),
    ];
    const p2 = [run("MAPPA", 50, 780), run("£3", 200, 780), run("Next page text.", 50, 740)];
    expect(layoutPdfText([p1, p2])).toBe(
      "Intro text.\n\nService\t£1\nDrive\t£2\nMAPPA\t£3\n\nNext page text.",
    );
  });

  it("ignores blank pieces and reads an empty document as empty text", () => {
    expect(layoutPdfText([])).toBe("");
    expect(layoutPdfText([[run("  ", 50, 700), { ...run("", 50, 700), hasEOL: true }]])).toBe("");
  });

  it("never throws on arbitrary positioned pieces", () => {
    const item = fc.record({
      str: fc.string({ maxLength: 12 }),
      x: fc.oneof(fc.double({ min: -1000, max: 1000 }), fc.constantFrom(NaN, Infinity)),
      y: fc.double({ min: -1000, max: 1000, noNaN: true }),
      width: fc.double({ min: -10, max: 500 }),
      height: fc.double({ min: -5, max: 50 }),
      fontSize: fc.option(fc.double({ min: 0, max: 50 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 30 }), { maxLength: 4 }), (pages) => {
        const text = layoutPdfText(pages);
        expect(typeof text).toBe("string");
        expect(text).not.toMatch(/\n\n\n/);
      }),
      { numRuns: 300 },
    );
  });
});
