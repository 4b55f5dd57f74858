import type { CliIO, Command, ExitCode } from "../command";
import { printJson } from "../command";
import type { ParsedArgs } from "../args";
import { ReconcilerError } from "../../core/errors";
import type { DecisionRecord } from "../../core/decision/decision-record";
import { extractDecision } from "../../core/decision/extract-decision";
import type { Finding, Quote } from "../../core/findings/finding";
import { bySeverity } from "../../core/findings/finding";
import { formatPounds } from "../../core/money/format-money";
import { readDecisionText, readDecisionTextFromBuffer, type DecisionText } from "../../files/decision-file";
import { isAbsolute, resolve } from "node:path";

/** The name standard input is reported under. */
const STDIN = "stdin";

/** Reads each FILE (or `-`, standard input: text, HTML, or a PDF if it starts with %PDF-). */
async function readDocuments(args: ParsedArgs, io: CliIO, command: string): Promise<DecisionText[]> {
  if (args.positionals.length === 0) {
    throw new ReconcilerError(
      "BAD_ARGUMENT",
      `${command} needs at least one decision record: FILE… (.pdf, .html, .htm, .txt, .md), or - for standard input`,
    );
  }
  const docs: DecisionText[] = [];
  for (const path of args.positionals) {
    if (path === "-") {
      const bytes = io.readStdinBytes
        ? await io.readStdinBytes()
        : new TextEncoder().encode(await io.readStdin());
      docs.push({ ...(await readDecisionTextFromBuffer(STDIN, bytes)) });
      continue;
    }
    const doc = await readDecisionText(isAbsolute(path) ? path : resolve(io.cwd, path));
    docs.push({ ...doc, file: path });
  }
  return docs;
}

function extractAll(docs: readonly DecisionText[]): DecisionRecord[] {
  return docs.map((d) => extractDecision(d.text, d.file));
}

/** The record as the JSON contract gives it: everything but `text`, unless asked for. */
function recordJson(record: DecisionRecord, withText: boolean): Record<string, unknown> {
  const { text, ...rest } = record;
  return withText ? { ...rest, text } : rest;
}

// ---- Human-readable output ----

function quoted(q: Quote): string {
  const oneLine = q.quote.replace(/\s+/g, " ").trim();
  const short = oneLine.length > 110 ? oneLine.slice(0, 107) + "…" : oneLine;
  return `"${short}" (at ${q.offset})`;
}

function severityLabel(f: Finding): string {
  return f.severity.toUpperCase().padEnd(7);
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd(),
  );
}

function renderFindings(findings: readonly Finding[], indent: string): string[] {
  if (findings.length === 0) return [`${indent}none`];
  const out: string[] = [];
  for (const f of [...findings].sort(bySeverity)) {
    out.push(`${indent}${severityLabel(f)} ${f.code}: ${f.message}`);
    for (const q of f.quotes) out.push(`${indent}        ${quoted(q)}`);
  }
  return out;
}

export function renderRecord(r: DecisionRecord, showText: boolean): string {
  const out: string[] = [];
  out.push(`${r.ref}  (${r.file})`);
  out.push(`  Title:        ${r.title ?? "(not found)"}`);
  out.push(`  Decision by:  ${r.decisionBy ?? "(not found)"}`);
  out.push(`  Date signed:  ${r.dateSigned ?? "(not signed or not found)"}`);
  if (r.related.length) out.push(`  Related:      ${r.related.join(", ")}`);
  out.push("", "  Approvals:");
  if (r.approvals.length === 0) out.push("    none found");
  for (const a of r.approvals) {
    const period = a.start || a.end ? `, ${a.start ?? "?"} to ${a.end ?? "?"}` : "";
    const to = a.recipient ? ` to ${a.recipient}` : "";
    const source = a.fundingSource ? `, funded from ${a.fundingSource}` : "";
    out.push(`    ${formatPounds(a.pence)} (${a.qualifier}) ${a.kind}${to}${period}${source}`);
    out.push(`      ${quoted(a)}`);
  }
  out.push("", "  Allocations:");
  if (r.allocations.length === 0) out.push("    none found");
  else {
    const rows = [
      ["Line", "FY", "Amount", "Funding source"],
      ...r.allocations.map((a) => [a.line, a.fy, formatPounds(a.pence), a.fundingSource ?? ""]),
    ];
    for (const line of table(rows, new Set([2]))) out.push(`    ${line}`);
  }
  out.push("", "  Findings:", ...renderFindings(r.findings, "    "));
  if (showText) out.push("", "  Text:", ...r.text.split("\n").map((l) => `    | ${l}`));
  return out.join("\n") + "\n";
}

export const extractCommand: Command = {
  name: "extract",
  summary: "Read decision records (PDF, HTML, text) and show what they approve, allocate and say",
  usage:
    "extract FILE… [--json] [--show-text]\n\n" +
    "Reads each decision record (.pdf, .html, .htm, .txt, .md; - reads standard input) and prints its reference,\n" +
    "title, decision maker, signature date, approvals, allocations by financial year, every money figure and the\n" +
    "problems found, each with the quote it came from. --json prints one object (several files: an array) without\n" +
    "the extracted text; --show-text adds it.",
  valued: [],
  flags: ["show-text"],
  run: async (args, io): Promise<ExitCode> => {
    const records = extractAll(await readDocuments(args, io, "extract"));
    const showText = args.flags.has("show-text");
    if (args.flags.has("json")) {
      const items = records.map((r) => recordJson(r, showText));
      printJson(io, items.length === 1 ? items[0] : items);
      return 0;
    }
    io.stdout(records.map((r) => renderRecord(r, showText)).join("\n"));
    return 0;
  },
};

export const checkCommand: Command = {
  name: "check",
  summary: "Check decision records for internal problems (totals that disagree, dates out of order, …)",
  usage:
    "check FILE… [--json]\n\n" +
    "Prints the findings of each decision record. Exit code 1 when any finding is an error.\n" +
    "--json prints [{ file, ref, findings }].",
  valued: [],
  flags: [],
  run: async (args, io): Promise<ExitCode> => {
    const records = extractAll(await readDocuments(args, io, "check"));
    const anyError = records.some((r) => r.findings.some((f) => f.severity === "error"));
    if (args.flags.has("json")) {
      printJson(
        io,
        records.map((r) => ({ file: r.file, ref: r.ref, findings: r.findings })),
      );
    } else {
      const out: string[] = [];
      for (const r of records) {
        const errors = r.findings.filter((f) => f.severity === "error").length;
        out.push(
          `${r.ref}  (${r.file}): ${r.findings.length} finding${r.findings.length === 1 ? "" : "s"}, ${errors} error${errors === 1 ? "" : "s"}`,
        );
        out.push(...renderFindings(r.findings, "  "), "");
      }
      io.stdout(out.join("\n"));
    }
    return anyError ? 1 : 0;
  },
};
