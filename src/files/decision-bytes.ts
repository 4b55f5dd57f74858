import { ReconcilerError } from "../core/errors";
import { htmlToText } from "../core/text/html-to-text";
import { windows1252High } from "../core/text/html-entities";
import { normaliseText } from "../core/text/normalise-text";
import { readPdfText, type PdfJsLike } from "./pdf-text";

/**
 * A decision document's bytes turned into the text the extractor reads. No Node built-ins here, so the task pane can
 * use it on a file the user picked (passing its own pdf.js); ./decision-file adds reading from disk.
 */
export type DecisionFormat = "pdf" | "html" | "text";

export interface DecisionText {
  /** The name the document is reported under (the path as given, or "-" for standard input). */
  file: string;
  /** The extracted, normalised text every offset in the decision record refers to. */
  text: string;
  format: DecisionFormat;
}

/** File name endings we read, and how. */
export const documentExtensions: Readonly<Record<string, DecisionFormat>> = {
  ".pdf": "pdf",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".markdown": "text",
};

/** Endings that are documents we cannot read, named so the message can say what to do instead. */
const unsupported = new Set([
  ".doc",
  ".docx",
  ".odt",
  ".rtf",
  ".xls",
  ".xlsx",
  ".xlsm",
  ".csv",
  ".json",
  ".zip",
  ".png",
  ".jpg",
  ".jpeg",
]);

export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The format of a document: by its name's ending, else by what its first bytes look like. */
export function detectFormat(name: string, bytes: Uint8Array): DecisionFormat {
  const ext = extensionOf(name);
  const byName = documentExtensions[ext];
  if (byName) return byName;
  if (isPdf(bytes)) return "pdf";
  if (unsupported.has(ext)) {
    throw new ReconcilerError(
      "BAD_DOCUMENT",
      `cannot read "${ext}" files; expected a decision record as .pdf, .html, .htm, .txt or .md`,
      { file: name },
    );
  }
  const head = decodeText(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|div|p)[\s>]/.test(head) || head.includes("<html"))
    return "html";
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new ReconcilerError(
      "BAD_DOCUMENT",
      "this is not a text, HTML or PDF document (it holds binary data); expected a decision record as .pdf, .html, .txt or .md",
      { file: name },
    );
  }
  return "text";
}

/** Whether the bytes are a PDF: "%PDF-" within the first 1024 bytes, as the PDF standard allows. */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    ) {
      return true;
    }
  }
  return false;
}

/** UTF-8 (without its byte-order mark); bytes that are not valid UTF-8 are read as windows-1252, as old pages are. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // By hand: some TextDecoder builds read "windows-1252" as Latin-1, losing £-adjacent characters such as – and ’.
    let out = "";
    for (const b of bytes)
      out += b >= 0x80 && b <= 0x9f ? (windows1252High[b - 0x80] ?? "\uFFFD") : String.fromCharCode(b);
    return out;
  }
}

/** Reads a decision document held in memory. */
export async function readDecisionTextFromBuffer(
  name: string,
  bytes: Uint8Array,
  pdfjs?: PdfJsLike,
): Promise<DecisionText> {
  const format = detectFormat(name, bytes);
  if (format === "pdf") return { file: name, format, text: await readPdfText(bytes, name, pdfjs) };
  const raw = decodeText(bytes);
  const text = format === "html" ? normaliseText(htmlToText(normaliseText(raw))) : normaliseText(raw);
  return { file: name, format, text };
}
