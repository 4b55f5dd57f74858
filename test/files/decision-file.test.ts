import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  readDecisionFiles,
  readDecisionText,
  readDecisionTextFromBuffer,
} from "../../src/files/decision-file";
import { isReconcilerError } from "../../src/core/errors";
import { normaliseText } from "../../src/core/text/normalise-text";
import { decisionsDir, fixtureNames, fixturePath, fixtureText, repoRoot } from "../helpers/fixtures";

const pdfDir = join(repoRoot, "test/fixtures/pdf");
const bytes = (s: string) => new TextEncoder().encode(s);

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

describe("readDecisionText", () => {
  it("reads a text fixture as it is", async () => {
    const r = await readDecisionText(fixturePath("pcd-1307.txt"));
    expect(r.format).toBe("text");
    expect(r.file).toBe(fixturePath("pcd-1307.txt"));
    expect(r.text).toBe(normaliseText(fixtureText("pcd-1307.txt")));
  });

  it("reads PDF and HTML by their extension", async () => {
    const pdf = await readDecisionText(join(pdfDir, "pcd-1732.chromium.pdf"));
    expect(pdf.format).toBe("pdf");
    expect(pdf.text).toContain("c£780,000");
    const html = await readDecisionText(join(pdfDir, "html", "pcd-1513.web.html"));
    expect(html.format).toBe("html");
    expect(html.text).toContain("maximum of £1,013,030");
  });

  it("sniffs the content when the name has no known ending", async () => {
    const pdf = readFileSync(join(pdfDir, "pcd-0353.libreoffice.pdf"));
    expect((await readDecisionTextFromBuffer("download", new Uint8Array(pdf))).format).toBe("pdf");
    expect((await readDecisionTextFromBuffer("page", bytes("  <!DOCTYPE html><p>A &pound;1</p>"))).text).toBe(
      "A £1",
    );
    expect((await readDecisionTextFromBuffer("notes", bytes("plain £1"))).format).toBe("text");
  });

  it("strips a byte-order mark, normalises line ends, and falls back to windows-1252", async () => {
    expect((await readDecisionTextFromBuffer("a.txt", bytes("\uFEFFPCD 1\r\n£5"))).text).toBe("PCD 1\n£5");
    const cp1252 = new Uint8Array([0x50, 0x43, 0x44, 0x20, 0xa3, 0x35, 0x20, 0x96, 0x20, 0x92]); // "PCD £5 – ’"
    expect((await readDecisionTextFromBuffer("b.txt", cp1252)).text).toBe("PCD £5 – ’");
  });

  it("names the file when it is missing, binary or of a kind it cannot read", async () => {
    const missing = await failure(readDecisionText("/no/such/pcd.txt"));
    expect(isReconcilerError(missing) && missing.describe()).toBe("/no/such/pcd.txt: no such file or folder");
    const binary = await failure(readDecisionTextFromBuffer("blob", new Uint8Array([1, 0, 2, 0])));
    expect(isReconcilerError(binary) && binary.code).toBe("BAD_DOCUMENT");
    const docx = await failure(readDecisionTextFromBuffer("d.docx", bytes("PK")));
    expect(isReconcilerError(docx) && docx.describe()).toMatch(/^d\.docx: cannot read "\.docx" files/);
  });
});

describe("readDecisionFiles", () => {
  it("expands a folder to its documents in name order, skipping expected.json", async () => {
    const all = await readDecisionFiles([decisionsDir]);
    expect(all.map((d) => d.file)).toEqual(fixtureNames().map((n) => join(decisionsDir, n)));
  });

  it("mixes files and folders, and skips sub-folders and other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "decisions-"));
    writeFileSync(join(dir, "a.md"), "PCD 1");
    writeFileSync(join(dir, "b.htm"), "<p>PCD 2</p>");
    writeFileSync(join(dir, "notes.json"), "{}");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "c.txt"), "PCD 3");
    const got = await readDecisionFiles([fixturePath("pcd-0353.txt"), dir]);
    expect(got.map((d) => [d.file, d.format, d.text])).toEqual([
      [fixturePath("pcd-0353.txt"), "text", normaliseText(fixtureText("pcd-0353.txt"))],
      [join(dir, "a.md"), "text", "PCD 1"],
      [join(dir, "b.htm"), "html", "PCD 2"],
    ]);
  });

  it("a folder with no documents is an error naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "empty-"));
    const e = await failure(readDecisionFiles([dir]));
    expect(isReconcilerError(e) && e.describe()).toMatch(
      new RegExp(`^${dir}: the folder holds no decision records`),
    );
  });
});
