/**
 * pdf.js for the browser, with its worker served from our own origin (webpack emits the worker as an asset). Only
 * ever imported dynamically (./load-pdfjs), so both pdf.js and the worker's URL stay out of the initial chunk.
 */
import * as pdfjs from "pdfjs-dist";

pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  "pdfjs-dist/build/pdf.worker.min.mjs",
  import.meta.url,
).toString();

export { pdfjs };
