import type { DecisionRecord } from "../core/decision/decision-record";
import { ReconcilerError } from "../core/errors";
import { layoutPdfText, type PdfTextItem } from "../core/text/pdf-layout";
import { normaliseText } from "../core/text/normalise-text";
import { detectFormat, readDecisionTextFromBuffer } from "../files/decision-bytes";
import { pdfDocumentOptions, type PdfDocumentLike } from "../files/pdf-text";
import { loadPdfJs } from "./load-pdfjs";
import { TaskCancelled, yieldToEventLoop, type TaskControl } from "./long-task";

/** A decision the analyst chose, dropped or pasted, read into a record with its findings, or why it could not be. */
export type ReadDecision =
  | { file: string; record: DecisionRecord; problem?: undefined }
  | { file: string; record?: undefined; problem: string };

/** What the task pane reads: a file's name and bytes (a File, or pasted text turned into bytes). */
export interface DecisionSource {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export function fileSource(file: File): DecisionSource {
  return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function pastedSource(text: string, name = "pasted text"): DecisionSource {
  return { name, bytes: async () => new TextEncoder().encode(text) };
}

/**
 * The decision reader and its checks, like pdf.js, are loaded only when the analyst imports something: the task
 * pane's first load stays small (the webpack build checks the budget).
 */
function loadExtractor(): Promise<typeof import("../core/decision/extract-decision")> {
  return import(/* webpackChunkName: "decision-reader" */ "../core/decision/extract-decision");
}

/**
 * Reads each source in turn into a decision record (pdf.js for PDFs, page by page; the HTML and text readers for
 * the rest), yielding to the browser between files and pages and stopping when cancelled. A file that is not a
 * decision, or cannot be read, gives a problem naming it instead of stopping the others.
 */
export async function readDecisionSources(
  sources: readonly DecisionSource[],
  control: TaskControl,
): Promise<ReadDecision[]> {
  const out: ReadDecision[] = [];
  for (const [i, source] of sources.entries()) {
    const step = (within: number) => (i + within) / sources.length;
    control.report({ label: `Reading ${source.name} (${i + 1} of ${sources.length})`, fraction: step(0) });
    await yieldToEventLoop(control.signal);
    try {
      const bytes = await source.bytes();
      const text =
        detectFormat(source.name, bytes) === "pdf"
          ? await readPdfPages(bytes, source.name, control, (page, pages) =>
              control.report({
                label: `Reading page ${page} of ${pages} of ${source.name}`,
                fraction: step(page / pages),
              }),
            )
          : (await readDecisionTextFromBuffer(source.name, bytes)).text;
      await yieldToEventLoop(control.signal);
      const { extractDecision } = await loadExtractor();
      out.push({ file: source.name, record: extractDecision(text, source.name) });
    } catch (e) {
      if (e instanceof TaskCancelled || control.signal.aborted) throw new TaskCancelled();
      const message = e instanceof ReconcilerError ? e.message : e instanceof Error ? e.message : String(e);
      out.push({ file: source.name, problem: `${source.name}: ${message}` });
    }
  }
  control.report({ label: "Read", fraction: 1 });
  return out;
}

/**
 * A PDF's text, read with pdf.js one page at a time (the browser gets a turn after each page and Cancel stops it),
 * opened with the same locked-down options as everywhere else (no eval, no fonts, no scripting, nothing fetched).
 */
export async function readPdfPages(
  bytes: Uint8Array,
  file: string,
  control: TaskControl,
  onPage: (page: number, pages: number) => void,
): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument(pdfDocumentOptions(bytes));
  let doc: PdfDocumentLike | undefined;
  try {
    doc = await task.promise;
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (control.signal.aborted) throw new TaskCancelled();
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap(textItem));
      page.cleanup();
      onPage(n, doc.numPages);
      await yieldToEventLoop(control.signal);
    }
    return normaliseText(layoutPdfText(pages));
  } catch (e) {
    if (e instanceof TaskCancelled) throw e;
    const name = e && typeof e === "object" && "name" in e ? String((e as { name: unknown }).name) : "";
    const detail = e instanceof Error ? e.message : String(e);
    throw new ReconcilerError(
      "BAD_DOCUMENT",
      name === "PasswordException"
        ? "the PDF is encrypted (password-protected); save an unprotected copy and read that"
        : `could not read the PDF (${detail || name || "unknown error"}); expected an unencrypted PDF document`,
      { file },
    );
  } finally {
    if (doc) await doc.destroy().catch(() => undefined);
    else await task.destroy().catch(() => undefined);
  }
}

/** A pdf.js text item as a plain positioned value (marked-content markers dropped). */
function textItem(raw: unknown): PdfTextItem[] {
  if (!raw || typeof raw !== "object" || !("str" in raw)) return [];
  const it = raw as { str: string; transform?: number[]; width: number; height: number; hasEOL?: boolean };
  const [, , c = 0, d = 0, e = 0, f = 0] = it.transform ?? [];
  return [
    {
      str: it.str,
      x: e,
      y: f,
      width: it.width,
      height: it.height,
      fontSize: Math.hypot(c, d),
      hasEOL: it.hasEOL ?? false,
    },
  ];
}
