import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pdfDocumentOptions, pdfJsVersion, readPdfText } from "../../src/files/pdf-text";
import { isReconcilerError } from "../../src/core/errors";
import { fixtureNames, fixtureText, repoRoot } from "../helpers/fixtures";

const pdfDir = join(repoRoot, "test/fixtures/pdf");
const producers = ["libreoffice", "chromium"] as const;
const moneyFigures = (t: string) => [...t.matchAll(/£\s?\d[\d,.]*\d/g)].map((m) => m[0]);

function pdfBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(pdfDir, name)));
}

/** Compares dotted version strings numerically. */
function atLeast(version: string, minimum: string): boolean {
  const a = version.split(".").map((n) => parseInt(n, 10));
  const b = minimum.split(".").map((n) => parseInt(n, 10));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

describe("pdf.js is safe to run on documents from outside", () => {
  it("the installed pdfjs-dist is 4.2.67 or later (CVE-2024-4367, arbitrary JavaScript from a font, is fixed)", async () => {
    const installed = (createRequire(import.meta.url)("pdfjs-dist/package.json") as { version: string })
      .version;
    expect(atLeast(installed, "4.2.67")).toBe(true);
    expect(await pdfJsVersion()).toBe(installed);
    expect(atLeast("4.2.66", "4.2.67")).toBe(false); // the comparison can fail
  });

  it("every document is opened with eval, font faces, system fonts, XFA and scripting off", () => {
    const options = pdfDocumentOptions(new Uint8Array([1, 2, 3]), {
      isEvalSupported: true,
      cMapPacked: true,
    });
    expect(options.isEvalSupported).toBe(false);
    expect(options.disableFontFace).toBe(true);
    expect(options.useSystemFonts).toBe(false);
    expect(options.enableScripting).toBe(false);
    expect(options.enableXfa).toBe(false);
    expect(options.cMapPacked).toBe(true);
  });
});

describe("readPdfText on real PDFs of the fixtures", () => {
  for (const name of fixtureNames()) {
    const stem = name.replace(/\.txt$/, "");
    for (const producer of producers) {
      it(`${stem} (${producer}): the same money figures, in order, and every table row with its columns`, async () => {
        const text = await readPdfText(pdfBytes(`${stem}.${producer}.pdf`), `${stem}.pdf`);
        const fixture = fixtureText(name);
        expect(moneyFigures(text)).toEqual(moneyFigures(fixture));
        const lines = text.split("\n");
        for (const row of fixture.split("\n").filter((l) => l.includes("\t") && /£/.test(l))) {
          expect(lines).toContain(row.replace(/\s+$/, ""));
        }
        // Sentences wrapped over lines in the PDF come back whole.
        const approve = fixture.split("\n").find((l) => /Approve/.test(l) && /£/.test(l));
        if (approve)
          expect(text).toContain(
            approve
              .replace(/^[-\s]+/, "")
              .replace(/\*\*/g, "")
              .trim(),
          );
      });
    }
  }

  it("PCD 1307's allocation table comes out as tab-separated rows from both producers", async () => {
    for (const producer of producers) {
      const text = await readPdfText(pdfBytes(`pcd-1307.${producer}.pdf`), "pcd-1307.pdf");
      expect(text).toContain(
        "Service Name\t23/24 Allocation\t24/25 Allocation\tFunding Source\n" +
          "Drug Testing in Police Custody\t£470,000\t£470,000\tPolice Grant\n" +
          "MAPPA\t£40,000\t£40,000\tPolice Grant\n" +
          "S-TAC\t£175,000\t£175,000\tVAWG Strategy Fund\n" +
          "Drive\t£675,000\t£675,000\tVAWG Strategy Fund\n" +
          "Total\t£1,360,000\t£1,360,000",
      );
    }
  });
});

describe("readPdfText on bad PDFs", () => {
  async function failure(bytes: Uint8Array, file: string) {
    try {
      await readPdfText(bytes, file);
    } catch (e) {
      return e;
    }
    throw new Error("expected readPdfText to fail");
  }

  it("an encrypted PDF is BAD_DOCUMENT naming the file", async () => {
    const e = await failure(pdfBytes("encrypted.libreoffice.pdf"), "secret.pdf");
    expect(isReconcilerError(e) && e.code).toBe("BAD_DOCUMENT");
    expect(isReconcilerError(e) && e.describe()).toMatch(/^secret\.pdf: .*encrypted/);
  });

  it("a damaged PDF is BAD_DOCUMENT naming the file", async () => {
    const e = await failure(new TextEncoder().encode("%PDF-1.7\n%garbage only\n"), "broken.pdf");
    expect(isReconcilerError(e) && e.code).toBe("BAD_DOCUMENT");
    expect(isReconcilerError(e) && e.describe()).toMatch(/^broken\.pdf: /);
  });
});
