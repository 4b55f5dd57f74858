#!/usr/bin/env node
// `npm run preview [-- --port 3001] [--production] [--rebuild]`: builds the preview (the task pane in an ordinary
// browser, over the bundled example .xlsx) into dist/preview/ when it is missing or older than its sources, then
// serves it on http://127.0.0.1:PORT/ (default 3001) with Node's own http server, bound to this machine only.
// The page loads nothing from anywhere but this server (its CSP allows 'self' only).
import { spawn } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_PREVIEW_DIR = join(root, "dist", "preview");
export const DEFAULT_PORT = 3001;

/** The page's Content-Security-Policy: its own origin only (no office.js, no CDN, no analytics). */
export const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  // Fluent UI writes its styles into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/** The newest modification time among the files the preview is built from. */
export function newestSource() {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of ["src", "assets", "examples", "webpack.config.js", "package-lock.json", "tsconfig.json"])
    visit(join(root, p));
  return newest;
}

/** True when `dir` holds a preview build newer than every source file. */
export function isFresh(dir) {
  const stamp = join(dir, "build-info.json");
  if (!existsSync(stamp) || !existsSync(join(dir, "index.html"))) return false;
  return statSync(stamp).mtimeMs >= newestSource();
}

/**
 * Runs webpack for the preview into `outDir`. Development mode by default (faster; no source maps unless asked).
 * Resolves with the build's duration in ms; rejects with webpack's output when it fails.
 */
export function buildPreview({
  outDir = DEFAULT_PREVIEW_DIR,
  production = false,
  sourceMaps = false,
  quiet = false,
} = {}) {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const args = [
    cli,
    "--mode",
    production ? "production" : "development",
    "--env",
    "preview",
    "--env",
    `previewOut=${outDir}`,
  ];
  if (!production && !sourceMaps) args.push("--no-devtool");
  const started = Date.now();
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: quiet ? "pipe" : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", fail);
    child.on("exit", (code) => {
      if (code === 0) ok(Date.now() - started);
      else fail(new Error(`the preview build failed (webpack exit ${code})\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port). Only GET and HEAD; no directory listings; nothing outside
 * `dir`. Resolves with the server, its URL and a stop function.
 */
export function servePreview({ dir = DEFAULT_PREVIEW_DIR, port = DEFAULT_PORT } = {}) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const headers = {
      "Content-Security-Policy": PREVIEW_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400, headers).end("bad request");
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end("forbidden");
      return;
    }
    let st;
    try {
      st = statSync(file);
    } catch {
      st = null;
    }
    if (!st || !st.isFile()) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    res.writeHead(200, {
      ...headers,
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": st.size,
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      ok({
        server,
        url: `http://127.0.0.1:${actual}/`,
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function parseArgs(argv) {
  const options = { port: DEFAULT_PORT, production: false, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port" || a.startsWith("--port=")) {
      const v = a.includes("=") ? a.slice(7) : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new Error(`--port ${JSON.stringify(v ?? "")}: expected a port number from 0 to 65535`);
      options.port = n;
    } else if (a === "--production") options.production = true;
    else if (a === "--rebuild") options.rebuild = true;
    else if (a === "--help" || a === "-h") options.help = true;
    else throw new Error(`unknown option ${JSON.stringify(a)} (expected --port N, --production, --rebuild)`);
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`preview: ${e.message}`);
    process.exit(2);
  }
  if (options.help) {
    console.log("npm run preview [-- --port 3001] [--production] [--rebuild]");
    return;
  }
  if (options.rebuild || !isFresh(DEFAULT_PREVIEW_DIR)) {
    console.log("preview: building dist/preview …");
    try {
      const ms = await buildPreview({ production: options.production });
      console.log(`preview: built in ${(ms / 1000).toFixed(1)} s`);
    } catch (e) {
      console.error(`preview: ${e.message}`);
      process.exit(1);
    }
  }
  let served;
  try {
    served = await servePreview({ port: options.port });
  } catch (e) {
    const hint =
      e.code === "EADDRINUSE" ? ` (port ${options.port} is in use: try --port ${options.port + 1})` : "";
    console.error(`preview: cannot serve: ${e.message}${hint}`);
    process.exit(1);
  }
  console.log(`preview: open ${served.url} (serving dist/preview on this machine only; Ctrl+C stops)`);
  const stop = () => void served.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
