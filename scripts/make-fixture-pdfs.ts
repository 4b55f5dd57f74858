// Makes REAL PDFs of the decision fixtures with two independent producers, so the PDF reader is tested on what
// real tools write rather than on a PDF we built ourselves:
//   (a) LibreOffice Writer (`soffice --headless --convert-to pdf`), loading the HTML as a Writer document;
//   (b) Chromium's print-to-PDF (Skia's PDF backend).
// Each fixture's text becomes a simple HTML page first: paragraphs, headings, and its tab-separated rows as real
// <table>s, so the PDFs hold real tables whose columns the layout rebuild must recover from glyph positions.
// It also writes a "web page" style HTML of one fixture (site chrome, scripts, entities, lists) for html-to-text.
//
// Run once (heavy: 2 cores): `npx tsx scripts/make-fixture-pdfs.ts`. The outputs are committed under
// test/fixtures/pdf/, so CI needs neither LibreOffice nor Chromium.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixturesDir = resolve(repoRoot, "../shared/fixtures/decisions");
const outDir = join(repoRoot, "test/fixtures/pdf");
const htmlDir = join(outDir, "html");

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Inline markup of the fixture text: **bold**, [text](#) links, and the literal <b>/<i> tags some rows carry. */
function inline(s: string): string {
  return escapeHtml(s)
    .replace(/&lt;(\/?)(b|i)&gt;/g, "<$1$2>")
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/\[([^\]]*)\]\(#?\)/g, "$1");
}

/** The fixture text as a printable HTML page. */
export function fixtureToHtml(text: string, title: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (line.includes("\t")) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.includes("\t")) {
        rows.push(lines[i]!.split("\t").map((c) => c.trim()));
        i++;
      }
      i--;
      const width = Math.max(...rows.map((r) => r.length));
      body.push('<table border="1" cellspacing="0" cellpadding="4" width="100%">');
      for (const r of rows) {
        const cells = Array.from({ length: width }, (_, k) => `<td>${inline(r[k] ?? "")}</td>`);
        body.push(`<tr>${cells.join("")}</tr>`);
      }
      body.push("</table>");
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length, 4);
      body.push(`<h${level}>${inline(heading[2]!.replace(/\*\*/g, ""))}</h${level}>`);
      continue;
    }
    body.push(`<p>${inline(line.trim())}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 20mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.3; }
h1, h2, h3, h4 { font-size: 12pt; margin: 10pt 0 6pt 0; }
p { margin: 0 0 6pt 0; }
table { border-collapse: collapse; margin: 6pt 0 10pt 0; width: 100%; }
td { border: 1px solid #000; padding: 2pt 6pt; vertical-align: top; }
</style></head>
<body>
${body.join("\n")}
</body></html>
`;
}

/**
 * The same decision as a council web page might serve it: site navigation, a cookie banner script, a <head> full of
 * metadata, entities for £ and dashes, and the lists as <ul>. html-to-text must read the same decision out of it.
 */
export function fixtureToWebPage(text: string, title: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const enc = (s: string) =>
    escapeHtml(s)
      .replace(/£/g, "&pound;")
      .replace(/–/g, "&#x2013;")
      .replace(/’/g, "&#8217;")
      .replace(/“/g, "&ldquo;")
      .replace(/”/g, "&rdquo;");
  const body: string[] = [];
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line === "-") {
      // a bare "-" marks a list item whose text is on the next line
      if (line === "-" && i + 1 < lines.length && lines[i + 1]!.trim() !== "") {
        if (!inList) body.push("<ul>");
        inList = true;
        body.push(`  <li>\n    ${enc(lines[i + 1]!.trim())}\n  </li>`);
        i++;
      }
      continue;
    }
    if (inList) body.push("</ul>");
    inList = false;
    const kv = /^([A-Z][A-Za-z ]+):\s*(.*)$/.exec(line);
    if (kv && i < 6)
      body.push(
        `<div class="field"><span class="label">${enc(kv[1]!)}:</span> <span>${enc(kv[2]!)}</span></div>`,
      );
    else if (/^[A-Z][A-Za-z ]+:$/.test(line) || /^PART I/.test(line)) body.push(`<h2>${enc(line)}</h2>`);
    else body.push(`<p>${enc(line)}</p>`);
  }
  if (inList) body.push("</ul>");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${enc(title)} | London City Hall</title>
<meta name="description" content="Decision &amp; record">
<style>.nav a { color: #333 } p { margin: 0 }</style>
<script>window.dataLayer = window.dataLayer || []; if (1 < 2 && "<p>" !== "") { dataLayer.push({}); }</script>
</head>
<body>
<!-- site chrome -->
<header><nav class="nav"><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<noscript><iframe src="https://example.invalid/ns"></iframe></noscript>
<main id="main">
${body.join("\n")}
</main>
<footer><nav><a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></nav></footer>
<script type="text/javascript">
  /* <![CDATA[ */ var x = "</div>"; /* ]]> */
</script>
</body>
</html>
`;
}

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ["ignore", "inherit", "ignore"], timeout: 300_000 });
}

function main(): void {
  mkdirSync(htmlDir, { recursive: true });
  const names = readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const work = mkdtempSync(join(tmpdir(), "fixture-pdfs-"));
  const htmlFiles: string[] = [];
  for (const name of names) {
    const stem = basename(name, ".txt");
    const text = readFileSync(join(fixturesDir, name), "utf8");
    const html = fixtureToHtml(text, stem.toUpperCase());
    const htmlPath = join(htmlDir, `${stem}.html`);
    writeFileSync(htmlPath, html);
    htmlFiles.push(htmlPath);
  }
  const web = readFileSync(join(fixturesDir, "pcd-1513.txt"), "utf8");
  writeFileSync(join(htmlDir, "pcd-1513.web.html"), fixtureToWebPage(web, "PCD 1513 Drive London 2023"));

  // (a) LibreOffice: one process for all files; the HTML is imported as a Writer document so it pages as print.
  const profile = join(work, "lo-profile");
  run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--infilter=HTML (StarWriter)",
    "--convert-to",
    "pdf:writer_pdf_Export",
    "--outdir",
    join(work, "lo"),
    ...htmlFiles,
  ]);
  for (const h of htmlFiles) {
    const stem = basename(h, ".html");
    copyFileSync(join(work, "lo", `${stem}.pdf`), join(outDir, `${stem}.libreoffice.pdf`));
  }

  // An encrypted PDF (password "secret"), for the reader's BAD_DOCUMENT path.
  const secret = join(work, "encrypted.html");
  writeFileSync(secret, "<html><body><p>DMPC Decision - PCD 9999</p><p>Approve £1,000.</p></body></html>");
  run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--infilter=HTML (StarWriter)",
    "--convert-to",
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
    "--outdir",
    join(work, "lo-encrypted"),
    secret,
  ]);
  copyFileSync(join(work, "lo-encrypted", "encrypted.pdf"), join(outDir, "encrypted.libreoffice.pdf"));

  // (b) Chromium print-to-PDF, one file at a time, with no network and no header/footer chrome.
  for (const h of htmlFiles) {
    const stem = basename(h, ".html");
    run("/usr/bin/chromium", [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      `--user-data-dir=${join(work, "chromium-profile")}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${join(outDir, `${stem}.chromium.pdf`)}`,
      `file://${h}`,
    ]);
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`wrote ${htmlFiles.length * 2} PDFs to ${outDir}`);
}

main();
