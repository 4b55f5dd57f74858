import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { htmlToText } from "../../../src/core/text/html-to-text";
import { decodeEntities } from "../../../src/core/text/html-entities";
import { fixtureNames, fixtureText, repoRoot } from "../../helpers/fixtures";

const moneyFigures = (t: string) => [...t.matchAll(/£\s?\d[\d,.]*\d/g)].map((m) => m[0]);

describe("htmlToText", () => {
  it("turns paragraphs and headings into lines set off by blank lines", () => {
    expect(htmlToText("<h1>DMPC Decision</h1><p>First   para\n graph.</p><p>Second.</p>")).toBe(
      "DMPC Decision\n\nFirst para graph.\n\nSecond.",
    );
  });

  it("keeps a table row's empty first cells as tabs, so its figures stay under their columns", () => {
    expect(
      htmlToText("<table><tr><td>Total</td><td>£500</td></tr><tr><td></td><td>£500</td></tr></table>"),
    ).toBe("Total\t£500\n\t£500");
    expect(htmlToText("<table><td><td>.")).toBe("\t.");
  });

  it("decodes named, decimal and hexadecimal character references", () => {
    expect(htmlToText("<p>&pound;1,000 &amp; &#163;2 &#x2013; &ndash;&nbsp;x &hellip; &#150;</p>")).toBe(
      "£1,000 & £2 – – x … –",
    );
    expect(decodeEntities("&unknown; &amp &hellip")).toBe("&unknown; & &hellip");
    expect(decodeEntities("&#0; &#xD800; &#x110000;")).toBe("\uFFFD \uFFFD \uFFFD");
  });

  it("drops script, style, head, comments, templates and navigation", () => {
    const html = `<!DOCTYPE html><html><head><title>Site</title><meta charset="utf-8"><style>p{color:red}</style></head>
      <body><!-- <p>hidden</p> --><nav><ul><li>Home</li></ul></nav>
      <script>var s = "</div><p>not text</p>";</script><SCRIPT type="x">if (a < b) {}</SCRIPT>
      <template><p>later</p></template><p>Decision text</p></body></html>`;
    expect(htmlToText(html)).toBe("Decision text");
  });

  it("drops sidebars and the page's own banner and footer, but keeps an article's header and footer", () => {
    const html = `<body><header role="banner" class="site-header"><a href="/">Mayor of London</a>
      <p>Cookies on London.gov.uk</p></header>
      <main><article><header><h1>PCD 1587 Victims Commissioning</h1></header><p>Approve £4,245,500.</p>
      <aside class="related-content"><h2>Related content</h2><ul><li>PCD 1620 Operation Harmonise</li></ul></aside>
      <footer><p>Signed decision document</p></footer></article>
      <section><header><h2>Financial Comments</h2></header><p>Met from the VAWG budget.</p></section></main>
      <footer role="contentinfo"><p>Share this page</p><p>Was this page useful?</p></footer></body>`;
    expect(htmlToText(html)).toBe(
      "PCD 1587 Victims Commissioning\n\nApprove £4,245,500.\n\nSigned decision document\n\nFinancial Comments\n\nMet from the VAWG budget.",
    );
  });

  it("keeps a page-level <header> that holds the page's <h1>, and one never closed", () => {
    // A page with no <main> or <article> whose title sits in its top-level header: the title is the decision's.
    expect(
      htmlToText(
        "<body><header><h1>PCD 1438 Body Worn Video Replacement Programme</h1></header><div><p>Text</p></div><footer><p>© GLA</p></footer></body>",
      ),
    ).toBe("PCD 1438 Body Worn Video Replacement Programme\n\nText");
    // Where the header ends is unknown: dropping it could drop the whole decision.
    expect(htmlToText("<header><p>Banner</p><p>Decision text")).toBe("Banner\n\nDecision text");
    expect(htmlToText("<footer><p>© GLA</p></FOOTER><p>x</p><HEADER class=x>Site</header>")).toBe("x");
  });

  it("reads a page whose <head> is never closed", () => {
    expect(htmlToText("<html><head><title>T</title><body><p>Body</p>")).toBe("Body");
  });

  it("makes list items '- ' bullets on their own lines, indented when nested", () => {
    expect(
      htmlToText("<p>Approve:</p><ul><li>one</li><li>two<ul><li>two a</li></ul></li></ul><p>After</p>"),
    ).toBe("Approve:\n\n- one\n- two\n  - two a\n\nAfter");
  });

  it("makes each table row one line of tab-separated cells", () => {
    const html = `<p>Table:</p><table><thead><tr><th>Service</th><th>23/24</th></tr></thead>
      <tbody><tr><td><p>Drive</p><p>(pan-London)</p></td><td>&pound;675,000</td></tr>
      <tr><td colspan="2">Total</td><td>£1</td></tr><tr><td></td><td></td></tr></tbody></table><p>Next</p>`;
    expect(htmlToText(html)).toBe(
      "Table:\n\nService\t23/24\nDrive (pan-London)\t£675,000\nTotal\t\t£1\n\nNext",
    );
  });

  it("keeps a cell spanning several rows in its columns in the rows below, as empty cells", () => {
    // A funding source named once for the two services it pays for: the second service's figures stay under theirs.
    const html = `<table><tr><th>Service</th><th>Source</th><th>2024/25</th></tr>
      <tr><td>Drive</td><td rowspan="2">MoJ grant</td><td>£675,000</td></tr>
      <tr><td>Stalking</td><td>£420,000</td></tr></table>`;
    expect(htmlToText(html)).toBe(
      "Service\tSource\t2024/25\nDrive\tMoJ grant\t£675,000\nStalking\t\t£420,000",
    );
    // In the middle of a row, on a <td>, and spanning columns as well as rows.
    expect(
      htmlToText("<table><tr><td>A</td><td rowspan=2>B</td><td>C</td></tr><tr><td>D</td><td>E</td></tr>"),
    ).toBe("A\tB\tC\nD\t\tE");
    expect(
      htmlToText(
        "<table><tr><td rowspan='3' colspan='2'>Grant</td><td>£1</td></tr><tr><td>£2</td></tr><tr><td>£3</td></tr><tr><td>x</td><td>y</td><td>z</td></tr></table>",
      ),
    ).toBe("Grant\t\t£1\n\t\t£2\n\t\t£3\nx\ty\tz");
    // Two spans side by side, of different heights; a row with no cells of its own still counts as a row.
    expect(
      htmlToText(
        "<table><tr><td rowspan=3>a</td><td rowspan=2>b</td><td>c</td></tr><tr></tr><tr><td>d</td><td>e</td></tr></table>",
      ),
    ).toBe("a\tb\tc\n\td\te");
  });

  it("reads a header of several rows as one line, each column's headings top to bottom", () => {
    // PCD 1587's funding table: "Service" and "Total" span both header rows, the years sit under "Financial year".
    const html = `<table class="table"><caption>Table 1: Funding</caption><thead>
      <tr><th rowspan="2">Service</th><th colspan="3">Financial year (&pound;)</th><th rowspan="2">Total (&pound;)</th></tr>
      <tr><th>2024/25</th><th>2025/26</th><th>2026/27</th></tr></thead>
      <tbody><tr><th>Drive London</th><td>675,000</td><td>675,000</td><td>675,000</td><td>2,025,000</td></tr></tbody></table>`;
    expect(htmlToText(`<p>Profile:</p>${html}`).split("\n")).toEqual([
      "Profile:",
      "",
      "Table 1: Funding",
      "Service\tFinancial year (£) 2024/25\t2025/26\t2026/27\tTotal (£)",
      "Drive London\t675,000\t675,000\t675,000\t2,025,000",
    ]);
    // A one-row header, and a <thead> never closed (so where the header ends is unknown), are left as they are.
    expect(
      htmlToText("<table><thead><tr><th>A</th><th>B</th></tr></thead><tr><td>1</td><td>2</td></tr></table>"),
    ).toBe("A\tB\n1\t2");
    expect(
      htmlToText(
        "<table><thead><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><p>after</p>",
      ),
    ).toBe("A\tB\n1\t2\n\nafter");
  });

  it("ends a row span at the end of its table or row group, and reads rowspan=0 as the rest of the group", () => {
    // A span running past the table does not reach into the next table.
    expect(
      htmlToText(
        "<table><tr><td rowspan=5>A</td><td>B</td></tr><tr><td>C</td></tr></table><table><tr><td>X</td><td>Y</td></tr></table>",
      ),
    ).toBe("A\tB\n\tC\n\nX\tY");
    // A header cell spanning past <thead> does not push the body's first column right.
    expect(
      htmlToText(
        "<table><thead><tr><th rowspan=3>Service</th><th>Y</th></tr><tr><th>2024/25</th></tr></thead><tbody><tr><td>Drive</td><td>£1</td></tr></tbody></table>",
      ),
    ).toBe("Service\tY 2024/25\nDrive\t£1");
    expect(
      htmlToText(
        "<table><tbody><tr><td rowspan=0>MOPAC</td><td>£1</td></tr><tr><td>£2</td></tr></tbody><tbody><tr><td>Total</td><td>£3</td></tr></tbody></table>",
      ),
    ).toBe("MOPAC\t£1\n\t£2\nTotal\t£3");
    // A table inside a cell keeps its spans to itself.
    expect(
      htmlToText(
        "<table><tr><td rowspan=2>A</td><td><table><tr><td rowspan=9>x</td></tr></table></td></tr><tr><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>",
      ),
    ).toBe("A\tx\n\tB\nC\tD");
  });

  it("reads a row of very many empty cells in time linear in its length", () => {
    // Each spanning cell writes its empty cells as tabs; a page of them must not stall the add-in.
    const wide = `<table><tr>${"<td colspan=50>".repeat(3000)}<td>x</td></tr><tr>${"<td rowspan=2>".repeat(900)}<td>y</td></tr><tr><td>z</td></tr></table>`;
    const started = Date.now();
    const lines = htmlToText(wide).split("\n");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lines.map((l) => [l.length - l.replace(/\t/g, "").length, l.replace(/\t/g, "")])).toEqual([
      [150000, "x"],
      [900, "y"],
      [900, "z"],
    ]);
  });

  it("breaks lines at <br> and keeps <pre> line breaks", () => {
    expect(htmlToText("<div>a<br>b<br/>c</div><pre>x  y\nz</pre>")).toBe("a\nb\nc\n\nx y\nz");
  });

  it("keeps a stray < that does not open a tag, and survives unterminated constructs", () => {
    expect(htmlToText("<p>a < b and 3<4</p>")).toBe("a < b and 3<4");
    expect(htmlToText("<p>text<!-- never closed")).toBe("text");
    expect(htmlToText("<p>text<script>never closed")).toBe("text");
    expect(htmlToText("<p title=\"a>b\">ok</p><p class='x'>y")).toBe("ok\n\ny");
  });

  it("never throws, and gives tidy lines, on arbitrary input", () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "<p>",
        "</p>",
        "<td>",
        "</td>",
        "<tr>",
        "<table>",
        "</table>",
        "<li>",
        "<ul>",
        "</ul>",
        "<br>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<nav>",
        "</nav>",
        "<head>",
        "<body>",
        "&amp;",
        "&#x",
        "&#99999999;",
        "&pound",
        "<",
        ">",
        '"',
        "'",
        "<![CDATA[",
        "]]>",
        "<pre>",
        "</pre>",
        "\t",
        "\n",
        "\u00A0",
        "<td colspan=999999>",
        "<td rowspan=2>",
        '<th rowspan="0" colspan="3">',
        "<thead>",
        "</tbody>",
        "<header>",
        "</header>",
        "<footer>",
        "<aside>",
        "</aside>",
        "<main>",
        "<h1>",
      ),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const text = htmlToText(parts.join(""));
        expect(typeof text).toBe("string");
        expect(text).not.toMatch(/\n\n\n/);
        // A line starts with text, a nested bullet's indent, or (a table row whose first cells are empty) tabs that
        // keep its cells under their columns.
        for (const line of text.split("\n")) expect(line).toMatch(/^(?:(?:  )+- |\t+)?\S(?:.*\S)?$|^$/);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => void htmlToText(s)),
      { numRuns: 300 },
    );
  });
});

describe("htmlToText on HTML versions of the fixtures", () => {
  const htmlDir = join(repoRoot, "test/fixtures/pdf/html");

  it.each(fixtureNames())(
    "%s: the printable HTML gives the same money figures, in order, and the same table rows",
    (name) => {
      const text = fixtureText(name);
      const html = readFileSync(join(htmlDir, name.replace(/\.txt$/, ".html")), "utf8");
      const got = htmlToText(html);
      expect(moneyFigures(got)).toEqual(moneyFigures(text));
      for (const row of text.split("\n").filter((l) => l.includes("\t") && /£/.test(l))) {
        expect(got.split("\n")).toContain(row.replace(/\s+$/, "").replace(/ +/g, " "));
      }
    },
  );

  it("the web-page style HTML of PCD 1513 drops the site chrome and keeps the decision", () => {
    const got = htmlToText(readFileSync(join(htmlDir, "pcd-1513.web.html"), "utf8"));
    expect(got).not.toMatch(/About us|Cookies|dataLayer|<\/div>/);
    expect(got.startsWith("Key information\n\nReference code: PCD 1513")).toBe(true);
    expect(got).toContain(
      "\n- Approve the contract award of a maximum of £1,013,030 in funding to Rise Mutual",
    );
    expect(moneyFigures(got)).toEqual(moneyFigures(fixtureText("pcd-1513.txt")));
  });
});
