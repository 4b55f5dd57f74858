import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { buildPreview, servePreview } from "../../scripts/preview.mjs";

/**
 * Browser tests against the built preview (the task pane in Chromium over the bundled example .xlsx).
 *
 * - `startPreview()` builds the preview once per change of its sources, shared by every test file: the build goes
 *   to node_modules/.cache/decision-reconciler/preview/<fingerprint of the sources>/, guarded by a lock directory
 *   so that vitest's parallel forks wait for one build instead of running several. Each call serves that build on
 *   its own 127.0.0.1 port.
 * - `openPage(url)` launches Debian's Chromium (CHROMIUM_PATH to override) headless through playwright-core and
 *   records, and aborts, every request to a host other than this machine: a test asserts `externalRequests` is empty.
 * - `runAxe(page)` returns axe-core's violations; `screenshot(page, name)` saves to test-artifacts/screenshots/.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cacheRoot = join(root, "node_modules", ".cache", "decision-reconciler", "preview");
/** A build taking longer than this is taken to have died with its process; its lock is broken. */
const STALE_LOCK_MS = 10 * 60_000;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** A hash of every file the preview is built from (path, size, mtime): a new hash means a new build. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) visit(join(p, e));
      return;
    }
    hash.update(`${relative(root, p)}\0${st.size}\0${st.mtimeMs}\n`);
  };
  for (const p of ["src", "assets", "examples", "webpack.config.js", "package-lock.json", "tsconfig.json"])
    visit(join(root, p));
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function complete(dir: string): boolean {
  return existsSync(join(dir, ".complete")) && existsSync(join(dir, "index.html"));
}

/**
 * Removes builds of older sources that no fork can still be serving: not locked (being written), and finished more
 * than an hour ago (a fork that fingerprinted the sources a moment before an edit may be serving a recent one).
 */
function pruneOld(keep: string): void {
  const hourAgo = Date.now() - 60 * 60_000;
  for (const e of readdirSync(cacheRoot)) {
    if (e === keep || e.endsWith(".lock") || existsSync(join(cacheRoot, `${e}.lock`))) continue;
    const done = join(cacheRoot, e, ".complete");
    try {
      if (statSync(done).mtimeMs > hourAgo) continue;
    } catch {
      // an unfinished build whose builder died: remove it
    }
    rmSync(join(cacheRoot, e), { recursive: true, force: true });
  }
}

let built: Promise<string> | null = null;

/** The directory of a complete preview build of the current sources, building it if no fork has yet. */
export function previewBuild(): Promise<string> {
  built ??= (async () => {
    mkdirSync(cacheRoot, { recursive: true });
    const fp = sourceFingerprint();
    const dir = join(cacheRoot, fp);
    const lock = `${dir}.lock`;
    for (;;) {
      if (complete(dir)) return dir;
      try {
        mkdirSync(lock);
      } catch (e) {
        if ((e as { code?: string }).code !== "EEXIST") throw e;
        // Another fork is building: wait for it (or break a lock whose builder died).
        try {
          if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS)
            rmSync(lock, { recursive: true, force: true });
        } catch {
          // the lock went away meanwhile
        }
        await sleep(500);
        continue;
      }
      try {
        if (complete(dir)) return dir;
        rmSync(dir, { recursive: true, force: true });
        const ms = await buildPreview({ outDir: dir, quiet: true });
        writeFileSync(join(dir, ".complete"), JSON.stringify({ fingerprint: fp, buildMs: ms }));
        pruneOld(fp);
        return dir;
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
  })();
  built.catch(() => {
    built = null;
  });
  return built;
}

/** How long the shared build took (ms), as recorded by the fork that built it. */
export function previewBuildMs(dir: string): number | null {
  try {
    return (JSON.parse(readFileSync(join(dir, ".complete"), "utf8")) as { buildMs: number }).buildMs;
  } catch {
    return null;
  }
}

/** Serves the preview build on a free 127.0.0.1 port. */
export async function startPreview(): Promise<{ url: string; dir: string; stop(): Promise<void> }> {
  const dir = await previewBuild();
  const served = await servePreview({ dir, port: 0 });
  return { url: served.url, dir, stop: served.stop };
}

function isLocal(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.hostname === "[::1]";
}

export interface OpenedPage {
  browser: Browser;
  page: Page;
  /** Every request to a host other than this machine (each was aborted). */
  externalRequests: string[];
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Opens `url` in headless Chromium and waits for the page to load. */
export async function openPage(
  url: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  try {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: "en-GB",
      serviceWorkers: "block",
    });
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (isLocal(u)) return route.continue();
      externalRequests.push(u);
      return route.abort("blockedbyclient");
    });
    // WebSockets are not routed by context.route: record any attempt as well.
    const page = await context.newPage();
    page.on("websocket", (ws) => {
      if (!isLocal(ws.url())) externalRequests.push(ws.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(`uncaught: ${e.message}`));
    await page.goto(url, { waitUntil: "load" });
    return {
      browser,
      page,
      externalRequests,
      consoleErrors,
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Fluent UI's keyboard library (tabster) puts focusable `<i aria-hidden="true" data-tabster-dummy>` elements at the
 * ends of a TabList to move focus back in; axe reports them under aria-hidden-focus. They are focusable on purpose
 * and hidden so that screen readers never announce them (tabster maintainers, microsoft/tabster#288), and
 * Accessibility Insights suppresses exactly these nodes (microsoft/accessibility-insights-web#7605). Only those
 * nodes, of only that rule, are dropped; any other aria-hidden-focus node still fails.
 */
function withoutTabsterDummies<V extends { id: string; nodes: { html: string }[] }>(violations: V[]): V[] {
  return violations
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy=/.test(n.html)) }
        : v,
    )
    .filter((v) => v.nodes.length > 0);
}

/** axe-core's violations for the page (every rule, WCAG and best practice), or for `include` only. */
export async function runAxe(page: Page, options: { include?: string; exclude?: string } = {}) {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const result = await builder.analyze();
  return withoutTabsterDummies(result.violations);
}

/** A compact line per violation, for assertion messages. */
export function describeViolations(violations: Awaited<ReturnType<typeof runAxe>>): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    )
    .join("\n");
}

/** Saves a full-page screenshot to test-artifacts/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(root, "test-artifacts", "screenshots");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
