// PLACEHOLDER written by the Excel-side engineer only so the build can be tested; the task pane engineer replaces it.
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Text } from "@fluentui/react-components";

Office.onReady(() => {
  const root = document.getElementById("container");
  if (root) {
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <Text>Decision Reconciler</Text>
      </FluentProvider>,
    );
  }
});

/** pdf.js stays out of the initial chunk: loaded only when a PDF is opened. */
export async function loadPdfJs() {
  return import("pdfjs-dist");
}
