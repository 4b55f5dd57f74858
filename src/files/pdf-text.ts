import { ReconcilerError } from "../core/errors";
import { layoutPdfText, type PdfTextItem } from "../core/text/pdf-layout";
import { normaliseText } from "../core/text/normalise-text";

/**
 * Reads the text of a PDF with pdf.js and rebuilds its lines, paragraphs and table rows (../core/text/pdf-layout).
 * Works on bytes, so the browser task pane can call it with a file the user picked: pass the pdf.js module it
 * loaded (with its own worker); in Node, leave `pdfjs` out and the legacy build is loaded from node_modules.
 *
 * pdf.js is run locked down: no eval of font programs (isEvalSupported: false, the CVE-2024-4367 class of bug), no
 * font faces, no system fonts, no scripting, nothing fetched over a network.
 */
export interface PdfJsLike {
  version: string;
  getDocument(src: any): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

/** The options every PDF is opened with. `extra` adds places for CMaps/standard fonts; it cannot turn eval on. */
export function pdfDocumentOptions(
  bytes: Uint8Array,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...extra,
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    enableScripting: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  };
}

/** The text pieces of every page, as plain positioned values. */
export async function readPdfItems(
  bytes: Uint8Array,
  file: string,
  pdfjs?: PdfJsLike,
  extra: Record<string, unknown> = {},
): Promise<PdfTextItem[][]> {
  const lib = pdfjs ?? (await loadNodePdfJs());
  const options = pdfDocumentOptions(bytes, { ...(pdfjs ? {} : nodeDocumentOptions()), ...extra });
  const task = lib.getDocument(options);
  let doc: PdfDocumentLike | undefined;
  try {
    doc = await task.promise;
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap(toItem));
      page.cleanup();
    }
    return pages;
  } catch (e) {
    throw badDocument(e, file);
  } finally {
    if (doc) await doc.destroy().catch(() => undefined);
    else await task.destroy().catch(() => undefined);
  }
}

/** The PDF's text, laid out for the decision extractor. Encrypted or damaged files throw BAD_DOCUMENT. */
export async function readPdfText(bytes: Uint8Array, file: string, pdfjs?: PdfJsLike): Promise<string> {
  return normaliseText(layoutPdfText(await readPdfItems(bytes, file, pdfjs)));
}

function toItem(raw: unknown): PdfTextItem[] {
  if (!raw || typeof raw !== "object" || !("str" in raw)) return []; // marked-content markers
  const it = raw as { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };
  const [, , c = 0, d = 0, e = 0, f = 0] = it.transform ?? [];
  const fontSize = Math.hypot(c, d);
  return [
    { str: it.str, x: e, y: f, width: it.width, height: it.height, fontSize, hasEOL: it.hasEOL ?? false },
  ];
}

function badDocument(e: unknown, file: string): ReconcilerError {
  const name = e && typeof e === "object" && "name" in e ? String((e as { name: unknown }).name) : "";
  const detail = e instanceof Error ? e.message : String(e);
  const message =
    name === "PasswordException"
      ? "the PDF is encrypted (password-protected); save an unprotected copy and read that"
      : `could not read the PDF (${detail || name || "unknown error"}); expected an unencrypted PDF document`;
  return new ReconcilerError("BAD_DOCUMENT", message, { file });
}

// ---- Node: the legacy build from node_modules, its worker file, CMaps and standard fonts from disk. ----

let nodePdfJs: Promise<PdfJsLike> | undefined;
let nodeOptions: Record<string, unknown> = {};

async function loadNodePdfJs(): Promise<PdfJsLike> {
  nodePdfJs ??= (async () => {
    const lib = await import(/* webpackIgnore: true */ "pdfjs-dist/legacy/build/pdf.mjs");
    const { createRequire } = await import(/* webpackIgnore: true */ "node:module");
    const { pathToFileURL } = await import(/* webpackIgnore: true */ "node:url");
    const { dirname, join } = await import(/* webpackIgnore: true */ "node:path");
    const require = createRequire(import.meta.url);
    const worker = require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
    // No worker thread in Node: pdf.js runs its "fake worker" in-process, importing this local file.
    if (!lib.GlobalWorkerOptions.workerSrc) lib.GlobalWorkerOptions.workerSrc = pathToFileURL(worker).href;
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    nodeOptions = {
      cMapUrl: join(root, "cmaps") + "/",
      cMapPacked: true,
      standardFontDataUrl: join(root, "standard_fonts") + "/",
    };
    return lib as unknown as PdfJsLike;
  })();
  return nodePdfJs;
}

function nodeDocumentOptions(): Record<string, unknown> {
  return nodeOptions;
}

/** The pdf.js version in use (for the CVE-2024-4367 check: it must be 4.2.67 or later). */
export async function pdfJsVersion(pdfjs?: PdfJsLike): Promise<string> {
  return (pdfjs ?? (await loadNodePdfJs())).version;
}
