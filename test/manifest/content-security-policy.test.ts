import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/fixtures";

/** The Content-Security-Policy a page declares in its <meta http-equiv>, as directive → sources. */
function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(join(repoRoot, page), "utf8");
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, `${page} declares a Content-Security-Policy`).not.toBeNull();
  return new Map(
    meta![1]!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const unsafe = ["'unsafe-eval'", "'wasm-unsafe-eval'", "*", "http:", "https:", "data:", "blob:"];

describe("Content-Security-Policy", () => {
  it("the Excel task pane page runs scripts only from its own origin and Office's script host, and never eval", () => {
    const csp = policyOf("src/taskpane/taskpane.html");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const sources of [csp.get("script-src")!, csp.get("connect-src")!, csp.get("default-src")!]) {
      for (const bad of unsafe) expect(sources).not.toContain(bad);
    }
  });

  it("the preview page allows its own origin only and loads no office.js", () => {
    const csp = policyOf("src/preview/preview.html");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    for (const [name, sources] of csp) {
      if (name === "img-src") continue;
      for (const s of sources) expect(["'self'", "'none'", "'unsafe-inline'"], `${name} ${s}`).toContain(s);
    }
    expect(readFileSync(join(repoRoot, "src/preview/preview.html"), "utf8")).not.toMatch(/appsforoffice/);
  });
});
