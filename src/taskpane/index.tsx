/*
 * The task pane's entry in Excel: once Office is ready, the views run on the workbook through ExcelHost (Office.js,
 * batched reads and chunked writes). pdf.js is not imported here: ./load-pdfjs loads it when a PDF is first opened,
 * so it stays out of this initial chunk.
 */
import { createRoot } from "react-dom/client";
import { ExcelHost } from "../excel/excel-host";
import { App } from "./app";

export { loadPdfJs } from "./load-pdfjs";

Office.onReady((info) => {
  const root = document.getElementById("container");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = "Decision Reconciler runs in Excel. Open it from Excel's Home tab.";
    return;
  }
  createRoot(root).render(<App host={new ExcelHost()} />);
});
