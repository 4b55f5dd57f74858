// The reconciliation benchmark (`npm run bench reconciliation`). Prints, with the peer each number is measured
// against:
//  1. our core reconcile() over 5,000, 50,000 and 500,000 budget rows against 2,000 decisions, its heap and peak
//     RSS, and a bare baseline (one pass of a Map keyed by (ref, line, FY) summing the same rows), with the ratio
//     (target: core ≤ 3× the baseline at every size; growth linear; < 1 GB at 500,000 rows). Both are timed warm,
//     the same way (see `time`): best and median of timed runs after untimed ones;
//  2. the CLI end to end, xlsx → xlsx (`node bin/decision-reconciler.mjs reconcile … --out …`) on generated
//     workbooks (500,000 rows written with exceljs's streaming writer) and 2,000 generated decision texts;
//  3. HyperFormula computing the same reconciliation with one SUMIFS per approval key, at 5,000 rows against 500
//     decisions, against our core on the same data (target: ours ≥ 100× faster).
// A benchmark, not a test: nothing is asserted. Run with --expose-gc (npm run bench does) for clean memory figures.
// RECONCILIATION_BENCH_ONLY=core runs part 1 alone, =hyperformula part 3 alone. The CLI at 500,000 rows takes many
// minutes (exceljs reads and writes every cell: 12 min 55 s and 2.9 GB peak RSS measured on an idle shared 2-core
// machine, over 40 min under load), and HyperFormula's 5,000-row run about 1.5 min per repeat.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import type { BudgetRow } from "../src/core/allocations/budget-row";
import type { DecisionRecord } from "../src/core/decision/decision-record";
import type { FinancialYear } from "../src/core/financial-year/financial-year-label";
import type { Finding } from "../src/core/findings/finding";
import type { Pence } from "../src/core/money/pence";
import { reconcile } from "../src/core/reconcile/reconcile";
import { reconciliationSheet } from "../src/core/reconcile/output-sheets";
import type { Reconciliation } from "../src/core/reconcile/reconciliation";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FYS = ["2023/24", "2024/25"] as FinancialYear[];
const LINES = ["Drive", "S-TAC", "Drug Testing in Police Custody"];
const gc = (globalThis as { gc?: () => void }).gc;

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const inconsistent: Finding = { code: "TOTAL_MISMATCH", severity: "error", message: "synthetic", quotes: [] };

/** `count` decisions: most split by line and FY, every tenth an unsplit total, every fiftieth inconsistent. */
export function syntheticDecisions(count: number): DecisionRecord[] {
  const out: DecisionRecord[] = [];
  for (let i = 0; i < count; i++) {
    const ref = `PCD ${1000 + i}`;
    const unsplit = i % 10 === 9;
    out.push({
      file: `pcd-${1000 + i}.txt`,
      ref,
      title: null,
      decisionBy: null,
      dateSigned: null,
      approvals: [
        {
          pence: 60_000_000 as Pence,
          qualifier: "exact",
          recipient: null,
          kind: "funding",
          start: "2023-04-01",
          end: "2025-03-31",
          fundingSource: null,
          quote: "£600,000",
          offset: 0,
        },
      ],
      allocations: unsplit
        ? []
        : LINES.flatMap((line) =>
            FYS.map((fy) => ({
              line,
              fy,
              pence: 10_000_000 as Pence,
              fundingSource: null,
              quote: `${line}\t£100,000`,
              offset: 10,
            })),
          ),
      amounts: [],
      related: [],
      findings: i % 50 === 49 ? [inconsistent] : [],
      text: "",
    });
  }
  return out;
}

/** `n` budget rows over `decisions` decisions, with references and line names written inconsistently. */
export function syntheticRows(n: number, decisions: number, seed = 1): BudgetRow[] {
  const rnd = random(seed);
  const rows: BudgetRow[] = new Array<BudgetRow>(n);
  const refForms = (k: number): string[] => [
    `PCD ${k}`,
    `PCD${k}`,
    `pcd-${k}`,
    `PCD ${String(k).padStart(5, "0")}`,
  ];
  const lineForms = [
    "Drive",
    "DRIVE",
    "S-TAC",
    "stac",
    "S TAC",
    "Drug Testing in Police Custody",
    "drug testing in police custody",
    "Unknown line",
  ];
  for (let i = 0; i < n; i++) {
    const d = 1000 + Math.floor(rnd() * (decisions + 20)); // a few refs no decision knows
    const form = refForms(d)[Math.floor(rnd() * 4)]!;
    const line = lineForms[Math.floor(rnd() * lineForms.length)]!;
    const fy = rnd() < 0.95 ? FYS[Math.floor(rnd() * 2)]! : ("2025/26" as FinancialYear);
    // One row in twenty names its line in the reference cell ("PCD 1234 Drive", no line cell); one in five names
    // the budget that pays for it.
    const lineInRefCell = rnd() < 0.05;
    const refText = rnd() < 0.01 ? null : lineInRefCell ? `${form} ${line}` : form;
    rows[i] = {
      sheet: "Budget",
      row: i + 2,
      cell: `D${i + 2}`,
      refText,
      line: lineInRefCell && refText !== null ? null : line,
      provider: null,
      fundingSource: rnd() < 0.2 ? "Police Grant" : null,
      fy,
      pence: (rnd() < 0.3 ? 10_000_000 : Math.floor(rnd() * 20_000_000)) as Pence, // some rows match exactly
      table: "Budget!A1:D" + (n + 1),
    };
  }
  return rows;
}

/**
 * Reads each row's figures once, as any use of the result does: its status, budget, approved figure and variance
 * (made as row objects on this first read). Its message, evidence and check are its group's, put into words when
 * read: the Reconciliation sheet's values, those included, are timed apart (`sheetValues`).
 */
function readEveryRow(r: Reconciliation): number {
  let sum = 0;
  for (const row of r.rows)
    sum += row.status.length + row.budgetPence + (row.approvedPence ?? 0) + (row.variancePence ?? 0);
  return sum;
}

/** Every value of the Reconciliation sheet, as the CLI and the add-in write it: messages in words, evidence, checks. */
function sheetValues(r: Reconciliation): number {
  return reconciliationSheet(r).rows.length;
}

/** The bare peer: one pass of a Map keyed by (ref, line, FY), summing pence. */
function baseline(rows: readonly BudgetRow[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.refText}\u0001${r.line}\u0001${r.fy}`;
    m.set(key, (m.get(key) ?? 0) + r.pence);
  }
  return m;
}

/** Untimed runs (at least `warm.runs`, for at least `warm.ms`), so that V8 has compiled `fn`; the last run's value. */
function warmUp<T>(fn: () => T, warm: { runs: number; ms: number }): T {
  let value!: T;
  const warmUntil = performance.now() + warm.ms;
  for (let i = 0; i < warm.runs || performance.now() < warmUntil; i++) {
    value = undefined as T;
    value = fn();
  }
  return value;
}

/**
 * Times `fn` warm, as any JavaScript benchmark must: untimed runs first (at least `warm.runs`, for at least `warm.ms`) so
 * V8 has compiled it, then `repeat` timed runs; the best and the median are reported. No collection is forced between
 * timed runs: a forced full collection frees the hidden classes of the last run's objects, and V8 then throws away
 * all code compiled against them (--trace-deopt: "reason: weak objects"), so every run after one would time code
 * half back in the interpreter. Memory is measured apart (see `retainedHeap`).
 */
function time<T>(
  fn: () => T,
  repeat: number,
  warm = { runs: 2, ms: 1000 },
): { ms: number; median: number; value: T } {
  let value: T = warmUp(fn, warm);
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    value = undefined as T; // the last run's result is garbage before this one starts, as in a real run
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[0]!, median: times[times.length >> 1]!, value };
}

/**
 * Times several functions that do comparable work under the same conditions: each warmed as `time` does, then
 * `repeat` rounds in which each runs once, in an order turned by one place each round, so that a machine slower in one
 * stretch of the run slows each of them alike. Best and median of each, as `time` gives them.
 */
function timeInTurn<K extends string>(
  fns: Record<K, () => unknown>,
  repeat: number,
  warm = { runs: 2, ms: 1000 },
): Record<K, { ms: number; median: number }> {
  const keys = Object.keys(fns) as K[];
  for (const k of keys) warmUp(fns[k], warm);
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < repeat; round++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(round + j) % keys.length]!;
      const t0 = performance.now();
      fns[k]();
      times[k].push(performance.now() - t0);
    }
  }
  const out = {} as Record<K, { ms: number; median: number }>;
  for (const k of keys) {
    const list = times[k].sort((a, b) => a - b);
    out[k] = { ms: list[0]!, median: list[list.length >> 1]! };
  }
  return out;
}

/** The heap a result keeps: after a full collection, before and after one run (its garbage collected too). */
function retainedHeap(fn: () => unknown): number | null {
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  gc();
  const after = process.memoryUsage().heapUsed;
  return kept === undefined ? null : after - before;
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Scaling {
  rows: number;
  /** reconcile() alone, and with each row's figures read (the row objects made): best of the timed runs. */
  ms: number;
  read: number;
  base: number;
  index: number;
  /** The process's peak RSS once this size's core runs were done. */
  rss: number;
}

function coreScaling(): Scaling[] {
  console.log(
    "1. Core reconcile() against 2,000 decisions (peer: a bare Map keyed by (ref, line, FY) summing the same rows; all warm, then timed in turn, one run of each a round with the order turned each round, 61 rounds at 5,000 rows, 15 at 50,000, 5 at 500,000; best and median of the rounds)",
  );
  const decisions = syntheticDecisions(2000);
  // The fixed part of every run, whatever the rows: indexing the 2,000 decisions (the bare Map does not do this).
  const index = time(() => reconcile({ budgetRows: [], totals: [], decisions }), 61).ms;
  console.log(`   reconcile() with no rows (indexing the 2,000 decisions alone): ${index.toFixed(1)} ms`);
  console.log(
    "   (what is timed: reconcile() normalises every reference and line name (one row in twenty has its line in the " +
      "reference cell, one in five names a funding source), indexes the decisions, puts every row in the check that " +
      "gives it its status, approved figure, variance, evidence and check, decides every check, suggests profiles " +
      "and collects the findings. It keeps each row's result as the index of its check, 4 bytes a row, and makes the " +
      "row objects when the rows are first read; so the second line times reconcile() and a first read of every " +
      "row's figures, row objects made. Both are judged against the targets)",
  );
  const results: Scaling[] = [];
  for (const n of [5_000, 50_000, 500_000]) {
    const rows = syntheticRows(n, 2000);
    const repeat = n >= 500_000 ? 5 : n >= 50_000 ? 15 : 61;
    const run = () => reconcile({ budgetRows: rows, totals: [], decisions });
    const { base, ours, read } = timeInTurn(
      { base: () => baseline(rows), ours: run, read: () => readEveryRow(run()) },
      repeat,
    );
    const counts = run().counts;
    // The heap of a result whose rows have been read: the most it keeps.
    const heap = retainedHeap(() => {
      const r = run();
      readEveryRow(r);
      return r;
    });
    const rss = process.resourceUsage().maxRSS * 1024;
    results.push({ rows: n, ms: ours.ms, read: read.ms, base: base.ms, index, rss });
    const ratio = (t: { ms: number; median: number }) =>
      `${(t.ms / base.ms).toFixed(2)}× the bare Map (median ${(t.median / base.median).toFixed(2)}×)`;
    console.log(
      `   ${String(n).padStart(7)} rows: baseline ${base.ms.toFixed(1).padStart(7)} ms (median ${base.median.toFixed(1)}); ` +
        `result heap ${heap === null ? "not measured (no --expose-gc)" : `≈ ${MB(heap)}`}, process peak RSS ${MB(rss)}; ` +
        `statuses ${JSON.stringify(counts)}`,
    );
    console.log(
      `            reconcile():                          ${ours.ms.toFixed(1).padStart(8)} ms (median ${ours.median.toFixed(1)}), ${ratio(ours)}; ` +
        `the rows part alone, without the fixed ${index.toFixed(1)} ms: ${(Math.max(0, ours.ms - index) / base.ms).toFixed(2)}×`,
    );
    console.log(
      `            reconcile(), every row's figures read: ${read.ms.toFixed(1).padStart(8)} ms (median ${read.median.toFixed(1)}), ${ratio(read)}`,
    );
  }
  // Apart, after every core run, so that its memory is not in the core runs' peak RSS.
  console.log(
    "   Not judged: reconcile() and every value of the Reconciliation sheet (each check's message put into words, evidence, checks), as the CLI and the add-in write it",
  );
  for (const x of results) {
    const rows = syntheticRows(x.rows, 2000);
    const repeat = x.rows >= 500_000 ? 3 : x.rows >= 50_000 ? 9 : 15;
    const sheet = time(() => sheetValues(reconcile({ budgetRows: rows, totals: [], decisions })), repeat);
    console.log(
      `   ${String(x.rows).padStart(7)} rows: ${sheet.ms.toFixed(1).padStart(8)} ms (median ${sheet.median.toFixed(1)}), ${(sheet.ms / x.base).toFixed(2)}× the bare Map`,
    );
  }
  return results;
}

function hyperFormulaComparison(): { ours: number; theirs: number } {
  console.log("3. HyperFormula: one SUMIFS per approval key, 5,000 rows against 500 decisions");
  const decisions = syntheticDecisions(500);
  const rows = syntheticRows(5_000, 500, 7);
  // A reference cell that also names the line ("PCD 1234 Drive") is split for it: it cannot split a cell either.
  const budget = rows.map((r) => {
    const cell = /^(pcd[\s-]*\d+)\s+(.+)$/i.exec(r.refText ?? "");
    return cell && r.line === null
      ? [cell[1]!, cell[2]!, r.fy, r.pence]
      : [r.refText ?? "", r.line ?? "", r.fy, r.pence];
  });
  const keys: (string | number)[][] = [];
  for (const d of decisions)
    for (const a of d.allocations) keys.push([d.ref.replace(" ", ""), a.line, a.fy, a.pence]);
  // HyperFormula matches exact text: give it the budget with references already normalised (it cannot normalise).
  const normalisedBudget = budget.map(([ref, line, fy, p]) => [
    String(ref)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, "")
      .replace(/^PCD0+/, "PCD"),
    line,
    fy,
    p,
  ]);
  const theirs = time(
    () => {
      const approvals = keys.map((k, i) => [
        ...k,
        `=SUMIFS(Budget!$D$1:$D$${rows.length},Budget!$A$1:$A$${rows.length},A${i + 1},Budget!$B$1:$B$${rows.length},B${i + 1},Budget!$C$1:$C$${rows.length},C${i + 1})-D${i + 1}`,
      ]);
      const hf = HyperFormula.buildFromSheets(
        { Budget: normalisedBudget, Approvals: approvals },
        { licenseKey: "gpl-v3" },
      );
      const values = hf.getSheetValues(hf.getSheetId("Approvals")!);
      hf.destroy();
      return values.length;
    },
    2,
    { runs: 1, ms: 0 },
  );
  // Ours with every row's figures read, the slower of the two timings the core targets judge.
  const ours = time(() => readEveryRow(reconcile({ budgetRows: rows, totals: [], decisions })), 15);
  console.log(
    `   HyperFormula ${theirs.ms.toFixed(1)} ms (${keys.length} SUMIFS, build and compute); ours ${ours.ms.toFixed(2)} ms; ours is ${(theirs.ms / ours.ms).toFixed(0)}× faster than HyperFormula`,
  );
  return { ours: ours.ms, theirs: theirs.ms };
}

function decisionText(k: number): string {
  const rowsOfTable = LINES.map((l) => `${l}\t£100,000\t£100,000\tPolice Grant`).join("\n");
  return `DMPC Decision – PCD ${k}\n\nTitle: Synthetic commissioning decision ${k}\n\nRecommendation:\n\nThe Deputy Mayor for Policing and Crime is recommended to:\n\n1. Approve funding of £600,000 for three projects in 2023/24 and 2024/25.\n\nDeputy Mayor for Policing and Crime\n\nThe above request has my approval.\n\nSignature\n\nDate 25/10/2022\n\n3. Financial Comments\n\n- 3.1. This decision requests approval of a total financial commitment of £600,000 from 1st April 2023 until 31st March 2025.\n\n- 3.2. The funding is as follows:\n\nProject\t2023/24\t2024/25\tFunding source\n${rowsOfTable}\nTotal\t£300,000\t£300,000\t\n`;
}

async function writeBudgetXlsx(path: string, rows: readonly BudgetRow[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet("Budget");
  ws.addRow(["Decision", "Service", "FY", "Amount"]).commit();
  for (const r of rows) ws.addRow([r.refText, r.line, r.fy, r.pence / 100]).commit();
  ws.commit();
  await wb.commit();
}

const GNU_TIME = "/usr/bin/time";

/** Runs the CLI in a child process; where GNU time is installed, also its peak RSS. */
function runCli(
  args: string[],
): Promise<{ ms: number; code: number | null; stderr: string; rssBytes: number | null }> {
  return new Promise((done) => {
    const t0 = performance.now();
    const node = [
      process.execPath,
      "--max-old-space-size=4096",
      join(repoRoot, "bin/decision-reconciler.mjs"),
    ];
    const withTime = existsSync(GNU_TIME);
    const [cmd, ...rest] = withTime
      ? [GNU_TIME, "-f", "peak-rss-kb=%M", ...node, ...args]
      : [...node, ...args];
    const child = spawn(cmd!, rest, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      const kb = /peak-rss-kb=(\d+)/.exec(stderr);
      done({
        ms: performance.now() - t0,
        code,
        stderr: stderr.replace(/peak-rss-kb=\d+\s*/, ""),
        rssBytes: kb ? Number(kb[1]) * 1024 : null,
      });
    });
  });
}

async function cliEndToEnd(): Promise<void> {
  console.log("2. CLI end to end, xlsx → xlsx, against 2,000 generated decision texts");
  const dir = mkdtempSync(join(tmpdir(), "reconciliation-bench-"));
  try {
    const decisionsDir = join(dir, "decisions");
    mkdirSync(decisionsDir);
    for (let i = 0; i < 2000; i++)
      writeFileSync(join(decisionsDir, `pcd-${1000 + i}.txt`), decisionText(1000 + i));
    for (const n of [10, 5_000, 50_000, 500_000]) {
      const input = join(dir, `budget-${n}.xlsx`);
      const t0 = performance.now();
      await writeBudgetXlsx(input, syntheticRows(n, 2000, 3));
      const made = performance.now() - t0;
      const r = await runCli([
        "reconcile",
        input,
        "--decisions",
        decisionsDir,
        "--out",
        join(dir, `out-${n}.xlsx`),
      ]);
      const ok = r.code === 0 || r.code === 1;
      const rss = r.rssBytes === null ? "" : `, peak RSS ${MB(r.rssBytes)}`;
      const what = n === 10 ? "  (the fixed cost: starting Node and reading the 2,000 decision files)" : "";
      console.log(
        `   ${String(n).padStart(7)} rows: ${ok ? `${(r.ms / 1000).toFixed(1)} s (exit ${r.code})${rss}` : `FAILED exit ${r.code}: ${r.stderr.trim().split("\n").slice(-1)[0] ?? ""}`}` +
          `  [xlsx generated in ${(made / 1000).toFixed(1)} s]${what}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  // "core" runs part 1 alone; "hyperformula" part 3 alone.
  const only = process.env.RECONCILIATION_BENCH_ONLY;
  if (!gc) console.log("(run with --expose-gc for clean memory figures)");
  if (only === "hyperformula") {
    const { ours, theirs } = hyperFormulaComparison();
    console.log(
      `   ≥ 100× faster than HyperFormula: ${theirs / ours >= 100 ? "HOLDS" : "DOES NOT HOLD"} (${(theirs / ours).toFixed(0)}×)`,
    );
    return;
  }
  const scaling = coreScaling();
  const coreRss = scaling[scaling.length - 1]!.rss;
  console.log("");
  if (only !== "core") await cliEndToEnd();
  console.log("");
  const hf = only === "core" ? null : hyperFormulaComparison();
  console.log("");
  // Each target is judged on both timings: reconcile() alone, and with every row's figures read.
  const measures = [
    { name: "reconcile()", of: (x: Scaling) => x.ms },
    { name: "with rows read", of: (x: Scaling) => x.read },
  ];
  const within3 = measures.map((m) => {
    const ratios = scaling.map((x) => m.of(x) / x.base);
    const worst = ratios.indexOf(Math.max(...ratios));
    return {
      holds: ratios[worst]! <= 3,
      words: `${m.name} ${ratios.map((r) => `${r.toFixed(1)}×`).join(" / ")}`,
      at: scaling[worst]!.rows,
    };
  });
  // Linear: the time per row does not grow from one size to the next, ten times larger, beyond noise (2×); a
  // quadratic step would multiply it by about ten.
  const linear = measures.map((m) => {
    const perRow = scaling.map((x) => m.of(x) / x.rows);
    const steps = perRow.slice(1).map((t, i) => t / perRow[i]!);
    const stepWords = scaling
      .slice(1)
      .map(
        (x, i) =>
          `${scaling[i]!.rows.toLocaleString("en-GB")} → ${x.rows.toLocaleString("en-GB")}: ×${steps[i]!.toFixed(2)}`,
      )
      .join(", ");
    return { holds: Math.max(...steps) <= 2, words: `${m.name} ${stepWords}` };
  });
  const rss = coreRss;
  const verdict = (list: { holds: boolean }[]) => (list.every((x) => x.holds) ? "HOLDS" : "DOES NOT HOLD");
  console.log("Targets:");
  console.log(
    `   core ≤ 3× the bare Map baseline at every size: ${verdict(within3)}` +
      `${
        within3.some((x) => !x.holds)
          ? ` (missed at ${within3
              .filter((x) => !x.holds)
              .map((x) => `${x.at.toLocaleString("en-GB")} rows`)
              .join(", ")})`
          : ""
      } ` +
      `(5k / 50k / 500k rows: ${within3.map((x) => x.words).join("; ")}; reconcile()'s rows part alone, without the fixed ${scaling[0]!.index.toFixed(1)} ms of indexing 2,000 decisions: ` +
      `${scaling.map((x) => `${(Math.max(0, x.ms - x.index) / x.base).toFixed(1)}×`).join(" / ")})`,
  );
  console.log(
    hf === null
      ? "   ≥ 100× faster than HyperFormula: not measured (RECONCILIATION_BENCH_ONLY=core)"
      : `   ≥ 100× faster than HyperFormula (SUMIFS, 5,000 rows × 500 decisions): ${hf.theirs / hf.ours >= 100 ? "HOLDS" : "DOES NOT HOLD"} (${(hf.theirs / hf.ours).toFixed(0)}×)`,
  );
  console.log(
    `   linear in rows: ${verdict(linear)} (time per row from each size to the next: ${linear.map((x) => x.words).join("; ")})`,
  );
  console.log(
    `   < 1 GB at 500,000 rows (process peak RSS of the core runs): ${rss < 1024 ** 3 ? "HOLDS" : "DOES NOT HOLD"} (${MB(rss)})`,
  );
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith("bench/reconciliation.ts");
if (isMain) await run();
