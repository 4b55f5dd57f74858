import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, json } from "../helpers/cli";
import { renderRecord } from "../../src/cli/commands/extract";
import { runCli } from "../../src/cli/main";
import { extractDecision } from "../../src/core/decision/extract-decision";
import { normaliseText } from "../../src/core/text/normalise-text";
import { decisionsDir, expectedDecisions, fixturePath, fixtureText, repoRoot } from "../helpers/fixtures";

const pdf = (name: string) => join(repoRoot, "test/fixtures/pdf", name);
/** What the extractor itself gives for a fixture, as the JSON contract prints it (no `text`). */
function direct(name: string, file = name) {
  const { text: _text, ...rest } = extractDecision(normaliseText(fixtureText(name)), file);
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

describe("extract", () => {
  it("prints one object for one file, without the text, as the extractor reads it", async () => {
    const r = await cli(["extract", "pcd-1307.txt", "--json"], { cwd: decisionsDir });
    expect(r.code).toBe(0);
    const got = json(r);
    expect(Array.isArray(got)).toBe(false);
    expect(got).not.toHaveProperty("text");
    expect(got.file).toBe("pcd-1307.txt");
    expect(got.ref).toBe(expectedDecisions().find((d) => d.file === "pcd-1307.txt")!.ref);
    expect(got).toEqual(direct("pcd-1307.txt"));
  });

  it("prints an array for several files, in the order given", async () => {
    const r = await cli(["extract", fixturePath("pcd-0353.txt"), fixturePath("pcd-1732.txt"), "--json"]);
    expect(r.code).toBe(0);
    const got = json<{ file: string; ref: string }[]>(r);
    expect(got.map((d) => d.file)).toEqual([fixturePath("pcd-0353.txt"), fixturePath("pcd-1732.txt")]);
    expect(got.map((d) => d.ref)).toEqual(
      ["pcd-0353.txt", "pcd-1732.txt"].map((f) => expectedDecisions().find((d) => d.file === f)!.ref),
    );
  });

  it("reads standard input for -, as text", async () => {
    const r = await cli(["extract", "-", "--json"], { stdin: fixtureText("pcd-0663.txt") });
    expect(r.code).toBe(0);
    expect(json(r)).toEqual(direct("pcd-0663.txt", "stdin"));
  });

  it("reads a PDF from standard input when it starts with %PDF-", async () => {
    let stdout = "";
    const bytes = new Uint8Array(readFileSync(pdf("pcd-1307.chromium.pdf")));
    const code = await runCli(["extract", "-", "--json"], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      readStdin: async () => "",
      readStdinBytes: async () => bytes,
      cwd: repoRoot,
    });
    expect(code).toBe(0);
    const got = JSON.parse(stdout) as { ref: string; allocations: unknown[] };
    expect(got.ref).toBe(direct("pcd-1307.txt").ref);
    expect(got.allocations).toHaveLength((direct("pcd-1307.txt").allocations as unknown[]).length);
  });

  it("reads PDF and HTML files", async () => {
    const r = await cli([
      "extract",
      pdf("pcd-1732.libreoffice.pdf"),
      pdf("html/pcd-1513.web.html"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(json<{ ref: string }[]>(r).map((d) => d.ref)).toEqual([
      direct("pcd-1732.txt").ref,
      direct("pcd-1513.txt").ref,
    ]);
  });

  it("--show-text adds the text every offset refers to", async () => {
    const r = await cli(["extract", fixturePath("pcd-1307.txt"), "--json", "--show-text"]);
    const got = json<{ text: string; amounts: { quote: string; offset: number }[] }>(r);
    for (const a of got.amounts) expect(got.text.slice(a.offset, a.offset + a.quote.length)).toBe(a.quote);
  });

  it("prints a readable summary without --json", async () => {
    const r = await cli(["extract", fixturePath("pcd-1307.txt")]);
    expect(r.code).toBe(0);
    const want = direct("pcd-1307.txt") as { ref: string; title: string };
    expect(r.stdout).toContain(want.ref);
    expect(r.stdout).toContain(want.title);
    expect(r.stdout).toMatch(/Approvals:[\s\S]*£[\d,]+ \(/);
    expect(r.stdout).toMatch(/Allocations:\n\s+Line\s+FY\s+Amount\s+Funding source/);
    expect(r.stdout).toMatch(/Findings:/);
  });

  it("names the funding source an approval is paid from in the readable summary", () => {
    const text = renderRecord(extractDecision(fixtureText("pcd-1513.txt"), "pcd-1513.txt"), false);
    expect(text).toMatch(/£1,013,030 \(maximum\) contract to Rise Mutual, .*, funded from Drive budget\n/);
  });

  it("a file with no decision reference is exit 2 naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "not-decision-"));
    const file = join(dir, "minutes.txt");
    writeFileSync(file, "Minutes of the meeting. Tea was served.\n");
    const r = await cli(["extract", file, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`no decision reference found in ${file}`);
    expect(r.stderr.split(file).length - 1).toBe(1);
  });

  it("a missing or unreadable file is exit 2 naming the file", async () => {
    const r = await cli(["extract", "/no/such/decision.pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/no/such/decision.pdf");
    const enc = await cli(["extract", pdf("encrypted.libreoffice.pdf")]);
    expect(enc.code).toBe(2);
    expect(enc.stderr).toMatch(/encrypted\.libreoffice\.pdf: .*encrypted/);
  });

  it("needs at least one file", async () => {
    const r = await cli(["extract"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs at least one decision record/);
  });
});

describe("check", () => {
  it("prints [{ file, ref, findings }] and exits 1 exactly when a finding is an error", async () => {
    for (const name of ["pcd-1307.txt", "pcd-0353.txt", "pcd-1732.txt"]) {
      const r = await cli(["check", name, "--json"], { cwd: decisionsDir });
      const want = direct(name) as { ref: string; findings: { severity: string }[] };
      expect(json(r)).toEqual([{ file: name, ref: want.ref, findings: want.findings }]);
      expect(r.code).toBe(want.findings.some((f) => f.severity === "error") ? 1 : 0);
    }
  });

  it("the exit code follows the worst finding over several files", async () => {
    const names = ["pcd-0353.txt", "pcd-1307.txt"];
    const r = await cli(["check", ...names.map(fixturePath), "--json"]);
    const anyError = names.some((n) =>
      (direct(n).findings as { severity: string }[]).some((f) => f.severity === "error"),
    );
    expect(r.code).toBe(anyError ? 1 : 0);
    expect(json<unknown[]>(r)).toHaveLength(2);
  });

  it("prints each finding with its severity and quotes without --json", async () => {
    const r = await cli(["check", fixturePath("pcd-1307.txt")]);
    const want = direct("pcd-1307.txt") as { findings: { code: string; severity: string }[] };
    for (const f of want.findings)
      expect(r.stdout).toMatch(new RegExp(`${f.severity.toUpperCase()}\\s+${f.code}:`));
  });
});
