// The extraction benchmark (`npm run bench extraction`). Prints, with the peer each number is measured against:
//  1. decision extraction throughput in MB/s of text, over the fixtures repeated and over synthetic concatenations
//     (target: at least 5 MB/s); a plain regex scan for "£" figures over the same text is printed for scale;
//  2. for the real PDFs of the fixtures, our layout rebuild + extraction time as a share of pdf.js's own
//     getTextContent() time on the same pages (target: at most 10%).
// A benchmark, not a test: nothing is asserted.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { cpus, loadavg } from "node:os";
import { extractDecision } from "../src/core/decision/extract-decision";
import { layoutPdfText } from "../src/core/text/pdf-layout";
import { normaliseText } from "../src/core/text/normalise-text";
import { pdfDocumentOptions, pdfJsVersion, readPdfItems } from "../src/files/pdf-text";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const decisionsDir = resolve(repoRoot, "../shared/fixtures/decisions");
const pdfDir = join(repoRoot, "test/fixtures/pdf");

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
const mb = (bytes: number) => bytes / 1_000_000;

/** CPU time of this process so far, in ms (user + system). */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The last timeIt's mean CPU time per run, in ms: on a shared machine, wall time also counts other processes. */
let lastCpuMs = 0;

/**
 * Runs `fn` repeatedly for at least `minMs` after a warm-up, and returns the mean wall time per run in ms. The
 * warm-up runs for `warmMs` (at least 3 runs): the extractor's many patterns are compiled and optimised only after
 * they have run a few hundred times, and a benchmark measures the steady state.
 */
function timeIt(fn: () => void, minMs = 1500, warmMs = 1000): number {
  const warmStart = performance.now();
  for (let i = 0; i < 3 || performance.now() - warmStart < warmMs; i++) fn();
  let runs = 0;
  const cpuStart = cpuMs();
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    fn();
    runs++;
    now = performance.now();
  }
  lastCpuMs = (cpuMs() - cpuStart) / runs;
  return (now - start) / runs;
}

function textThroughput(): void {
  const names = readdirSync(decisionsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const texts = names.map((n) => normaliseText(readFileSync(join(decisionsDir, n), "utf8")));
  const bytes = texts.reduce((s, t) => s + utf8Bytes(t), 0);

  const perPass = timeIt(
    () => {
      texts.forEach((t, i) => extractDecision(t, names[i]!));
    },
    2000,
    3000,
  );
  const perPassCpu = lastCpuMs;
  const scan = timeIt(() => {
    for (const t of texts) for (const _ of t.matchAll(/£\s?\d[\d,.]*\d/g)) void _;
  });
  const load = loadavg()[0]!;
  console.log(`fixtures (${names.length} decisions, ${(bytes / 1000).toFixed(1)} kB per pass, repeated):`);
  console.log(
    `  extractDecision: ${(mb(bytes) / (perPass / 1000)).toFixed(2)} MB/s   (target >= 5 MB/s)   ` +
      `[CPU time alone: ${(mb(bytes) / (perPassCpu / 1000)).toFixed(2)} MB/s; load average ${load.toFixed(1)} on ${cpus().length} CPUs]`,
  );
  console.log(
    `  peer, a regex scan for £ figures over the same text: ${(mb(bytes) / (scan / 1000)).toFixed(1)} MB/s`,
  );

  for (const copies of [4, 16, 64]) {
    const big = Array.from({ length: copies }, () => texts.join("\n\n")).join("\n\n");
    const size = utf8Bytes(big);
    const ms = timeIt(() => void extractDecision(big, "synthetic.txt"), 1000, 500);
    console.log(
      `  synthetic concatenation x${copies} (${(size / 1000).toFixed(0)} kB in one document): ${(mb(size) / (ms / 1000)).toFixed(2)} MB/s   [CPU time alone: ${(mb(size) / (lastCpuMs / 1000)).toFixed(2)} MB/s]`,
    );
  }
}

async function pdfShare(): Promise<void> {
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const version = await pdfJsVersion();
  const files = readdirSync(pdfDir)
    .filter((f) => f.endsWith(".pdf") && !f.startsWith("encrypted"))
    .sort();
  console.log(`\nPDFs (${files.length} real PDFs from LibreOffice and Chromium), per document:`);
  let peerTotal = 0;
  let oursTotal = 0;
  let layoutTotal = 0;
  const reps = 5;
  // Warm pdf.js up (JIT, font parsing code) so the first document is not charged for it.
  for (const file of files) await readPdfItems(new Uint8Array(readFileSync(join(pdfDir, file))), file);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(pdfDir, file)));
    // The peer: pdf.js getTextContent() on every page, the document freshly opened each time (opening not timed).
    let peer = 0;
    for (let r = 0; r < reps; r++) {
      const doc = await lib.getDocument(pdfDocumentOptions(bytes) as Parameters<typeof lib.getDocument>[0])
        .promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const t0 = performance.now();
        await page.getTextContent();
        peer += performance.now() - t0;
      }
      await doc.destroy();
    }
    peer /= reps;
    // Ours: the layout rebuild, normalisation and the decision extraction, on the same pages' items.
    const items = await readPdfItems(bytes, file);
    const ours = timeIt(() => void extractDecision(normaliseText(layoutPdfText(items)), file), 500, 300);
    const layout = timeIt(() => void normaliseText(layoutPdfText(items)), 300, 200);
    peerTotal += peer;
    oursTotal += ours;
    layoutTotal += layout;
    console.log(
      `  ${file.padEnd(28)} pdf.js getTextContent ${peer.toFixed(2).padStart(7)} ms   ours (layout + extract) ${ours.toFixed(2).padStart(6)} ms = ${((100 * ours) / peer).toFixed(1).padStart(4)}%   (layout alone ${layout.toFixed(2)} ms = ${((100 * layout) / peer).toFixed(1)}%)`,
    );
  }
  const pct = (x: number) => ((100 * x) / peerTotal).toFixed(1);
  console.log(
    `  all: ours (layout + extract) ${oursTotal.toFixed(1)} ms against pdf.js ${version} getTextContent ${peerTotal.toFixed(1)} ms = ${pct(oursTotal)}%   (target <= 10%); layout alone ${layoutTotal.toFixed(1)} ms = ${pct(layoutTotal)}%`,
  );
}

export async function run(): Promise<void> {
  textThroughput();
  await pdfShare();
}
