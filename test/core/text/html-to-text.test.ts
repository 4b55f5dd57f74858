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
