import type { PdfJsLike } from "../files/pdf-text";

let loading: Promise<PdfJsLike> | undefined;

/**
 * pdf.js, loaded only when a PDF is opened, so it stays out of the task pane's initial chunk. Its worker is served
 * from our own origin, so nothing is fetched from elsewhere.
 */
export function loadPdfJs(): Promise<PdfJsLike> {
  loading ??= import("./pdfjs-browser").then((m) => m.pdfjs as unknown as PdfJsLike);
  return loading;
}
