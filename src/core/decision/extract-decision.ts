import { isReconcilerError, ReconcilerError } from "../errors";
import { amountsInUnits } from "./amounts-in-units";
import type { Finding } from "../findings/finding";
import { checkDecision } from "./checks/check-decision";
import type { DecisionDocument } from "./decision-document";
import { findOwnRef } from "./decision-ref";
import { withFundingSources } from "./funding-source";
import { decisionMaker } from "./decision-maker";
import type { DecisionRecord } from "./decision-record";
import { decisionTitle } from "./decision-title";
import { datedInRecommendationYear } from "./in-year-moves";
import { datedWhenSigned } from "./one-off-payments";
import { readAllocations } from "./read-allocations";
import { readApprovals } from "./read-approvals";
import { readDecisionDocument } from "./read-document";
import { inOwnText, readText } from "./reading-text";
import { relatedDecisions } from "./related-decisions";
import { textLines } from "./text-lines";

/**
 * Reads a decision's text into a DecisionRecord in which every figure keeps its quote and offset in `text`. The text
 * is read as {@link readText} gives it (a PDF dump's page marks undone), the record told in `text` itself.
 * Throws ReconcilerError NOT_A_DECISION when the text names no decision reference; never throws anything else.
 */
export function extractDecision(text: string, file: string): DecisionRecord {
  const read = readText(text);
  return inOwnText(extractFromDocument(readDecisionDocument(read.text, file)), text, read.origin);
}

/** The record of an already-read document (so the checks can run on the same structure). */
export function extractFromDocument(doc: DecisionDocument): DecisionRecord {
  const lines = textLines(doc.text);
  const own = findOwnRef(doc.text, doc.refs, lines);
  if (!own) {
    // The message names the file itself, so no `where.file`: describe() would otherwise name it twice.
    throw new ReconcilerError("NOT_A_DECISION", `no decision reference found in ${doc.file}`);
  }
  const title = decisionTitle(doc, lines, own);
  const decisionBy = decisionMaker(doc, lines);
  const approver = doc.signatures.find((s) => s.capacity === "approver" && s.date);
  const dateSigned = approver?.date ?? null;
  const approvals = readApprovals(doc, lines, dateSigned);
  datedInRecommendationYear(doc, approvals);
  datedWhenSigned(doc, approvals, dateSigned);
  const allocations = readAllocations(doc, approvals, own.ref, title ?? own.ref);
  withFundingSources(doc, approvals, allocations);
  const record: DecisionRecord = {
    file: doc.file,
    ref: own.ref,
    title,
    decisionBy,
    dateSigned,
    approvals,
    allocations,
    amounts: amountsInUnits(doc),
    related: relatedDecisions(doc.refs, own),
    findings: [],
    text: doc.text,
  };
  record.findings = safeChecks(record, doc);
  return record;
}

/**
 * The checks' findings. A check that fails on a strange document must not lose the record: its failure becomes a
 * CHECK_FAILED warning naming the error (the fuzz tests assert there are none).
 */
function safeChecks(record: DecisionRecord, doc: DecisionDocument): Finding[] {
  try {
    return checkDecision(record, doc);
  } catch (e) {
    if (isReconcilerError(e)) throw e;
    const message = e instanceof Error ? e.message : String(e);
    return [
      {
        code: "CHECK_FAILED",
        severity: "warning",
        message: `The decision's checks could not all run (${message}); the record itself was read.`,
        quotes: [],
        ref: record.ref,
      },
    ];
  }
}
