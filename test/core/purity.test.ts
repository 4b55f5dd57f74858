import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../helpers/fixtures";

// src/core must run unchanged in Node, in the task pane and in Excel's shared runtime. This test reads every file
// under it and fails on any import or global that would tie it to one of them.
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const forbiddenImport =
  /from\s+["'](?:node:[^"']*|fs|path|os|child_process|url|util|stream|buffer|zlib|crypto|react|react-dom|@fluentui\/[^"']*|exceljs|pdfjs-dist[^"']*|@microsoft\/office-js|office-js)["']/;
const outwardImport = /from\s+["'](?:\.\.\/)+(?:cli|excel|taskpane|functions|files|preview|host)\//;
const hostGlobal =
  /\b(?:window|document)\.|\b(?:Excel|Office|CustomFunctions)\.(?:run|context|onReady|Error|RequestContext)|\bprocess\.|\brequire\(/;

describe("src/core is pure", () => {
  const core = join(repoRoot, "src/core");
  const files = filesUnder(core);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))(
    "%s imports no host, DOM, Node or file library",
    (_, file) => {
      const code = readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l))
        .join("\n");
      expect(code).not.toMatch(forbiddenImport);
      expect(code).not.toMatch(outwardImport);
      expect(code).not.toMatch(hostGlobal);
    },
  );

  it("the detector catches a forbidden import (the test can fail)", () => {
    expect(`import { readFileSync } from "node:fs";`).toMatch(forbiddenImport);
    expect(`import x from "../excel/adapter";`).toMatch(outwardImport);
    expect(`const r = window.location;`).toMatch(hostGlobal);
  });
});
