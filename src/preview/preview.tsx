import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/app";
import { PreviewHost, type PreviewState } from "./preview-host";
import { GridView } from "./grid-view";

/**
 * The preview page: the task pane (the same App Excel shows) in a 360px column beside a grid view of the workbook,
 * backed by an .xlsx opened in the browser. It opens the bundled example first; "Open workbook" reads another
 * from disk (nothing is uploaded anywhere) and "Download workbook" saves it with the sheets the add-in wrote.
 */
export const EXAMPLE_WORKBOOK = "budget-2023-25.xlsx";

declare global {
  interface Window {
    /** The page's host, for browser tests and for poking at from the developer tools. */
    previewHost?: PreviewHost;
  }
}

function message(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    const where = (e as { where?: { file?: string } }).where;
    const text = String((e as { message: unknown }).message);
    return where?.file ? `${where.file}: ${text}` : text;
  }
  return String(e);
}

function PreviewPage() {
  const [host, setHost] = useState<PreviewHost | null>(null);
  const [state, setState] = useState<PreviewState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const adopt = useCallback((h: PreviewHost) => {
    window.previewHost = h;
    setHost(h);
    setState(h.state());
    setOpened((n) => n + 1);
    setError(null);
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const res = await fetch(EXAMPLE_WORKBOOK);
        if (!res.ok)
          throw new Error(`the example workbook ${EXAMPLE_WORKBOOK} was not found (${res.status})`);
        const h = await PreviewHost.open(EXAMPLE_WORKBOOK, await res.arrayBuffer());
        if (!cancelled) adopt(h);
      } catch (e) {
        if (!cancelled) setError(message(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [adopt]);

  useEffect(() => host?.subscribe(setState), [host]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    try {
      adopt(await PreviewHost.open(file.name, await file.arrayBuffer()));
    } catch (err) {
      setError(message(err));
    }
  };

  const download = async () => {
    if (!host) return;
    const bytes = await host.toBytes();
    const url = URL.createObjectURL(
      new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = host.file.replace(/^.*[\\/]/, "");
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <div id="preview-page" style={{ display: "flex", flexDirection: "column", height: "100%" }}>
        <header className="preview-bar">
          <h1>Decision Reconciler – preview without Excel</h1>
          <span>
            Workbook: <span className="file">{state?.file ?? "loading…"}</span>
          </span>
          <Button onClick={() => input.current?.click()}>Open workbook…</Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Open an .xlsx workbook"
            hidden
            onChange={(e) => void onFile(e)}
          />
          <Button onClick={() => void download()} disabled={!host}>
            Download workbook
          </Button>
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
        </header>
        <main className="preview-body" aria-label="Preview">
          <div className="taskpane-column">{host ? <App key={opened} host={host} /> : null}</div>
          <section className="workbook-column" aria-label="Workbook">
            {host && state ? (
              <GridView key={opened} state={state} onSelect={(sheet, range) => host.select(sheet, range)} />
            ) : (
              <p>{error ? "No workbook is open." : "Opening the example workbook…"}</p>
            )}
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}

const root = document.getElementById("preview");
if (root) createRoot(root).render(<PreviewPage />);
