import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  normaliseRef,
  pcdRef,
  pcdRefNumber,
  splitByForms,
  splitRefAndLine,
} from "../../../src/core/references/decision-ref";

describe("normaliseRef", () => {
  it.each([
    ["PCD1307", "PCD 1307"],
    ["PCD 1307", "PCD 1307"],
    ["pcd-1307", "PCD 1307"],
    ["PCD 1307 Drive", "PCD 1307"],
    ["PCD 0663", "PCD 663"],
    ["DMPCD 2014 23", "DMPCD 2014 23"],
    ["DMPCD 2014/23", "DMPCD 2014 23"],
    ["DMPCD143", "DMPCD 143"],
    ["DMPC Decision – PCD 1307", "PCD 1307"],
    ["Drive (PCD 1513)", "PCD 1513"],
    // The GLA's Mayoral and Director Decisions as its register writes them: no space.
    ["MD1434", "MD1434"],
    ["MD 1434", "MD1434"],
    ["md-1434", "MD1434"],
    ["DD 2345 Estates", "DD2345"],
  ])("%s → %s", (text, ref) => {
    expect(normaliseRef(text)).toBe(ref);
  });

  it.each(["", "Drive", "2023/24", "TBC", "PCD", "ABCPCD 12"])("finds no reference in %j", (text) => {
    expect(normaliseRef(text)).toBeNull();
  });

  it("is idempotent: a normalised reference normalises to itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom("PCD", "pcd", "Pcd"),
        fc.constantFrom("", " ", "-", " - "),
        (n, p, gap) => {
          const once = normaliseRef(`${p}${gap}${String(n).padStart(4, "0")}`);
          expect(once).toBe(`PCD ${n}`);
          expect(normaliseRef(once!)).toBe(once);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 99999 }),
        fc.constantFrom("MD", "md", "DD", "Dd"),
        fc.constantFrom("", " ", "-", " - "),
        (n, p, gap) => {
          const once = normaliseRef(`${p}${gap}${n}`);
          expect(once).toBe(`${p.toUpperCase()}${n}`);
          expect(normaliseRef(once!)).toBe(once);
        },
      ),
    );
  });
});

describe("splitRefAndLine", () => {
  it("separates the reference from the line it names", () => {
    expect(splitRefAndLine("PCD 1307 Drive")).toEqual({ ref: "PCD 1307", rest: "Drive" });
    expect(splitRefAndLine("PCD1307 – S-TAC")).toEqual({ ref: "PCD 1307", rest: "S-TAC" });
    expect(splitRefAndLine("Drive (PCD 1513)")).toEqual({ ref: "PCD 1513", rest: "Drive" });
    expect(splitRefAndLine("pcd-1307")).toEqual({ ref: "PCD 1307", rest: null });
    expect(splitRefAndLine("MAPPA")).toEqual({ ref: null, rest: "MAPPA" });
  });

  it("reads a cell that is only a PCD reference the same way the general reading does", () => {
    // The quick reading of bare references must agree with REF_FORMS on every cell, bare or not.
    const piece = fc.constantFrom(
      "P",
      "C",
      "D",
      "p",
      "c",
      "d",
      "M",
      " ",
      "\t",
      "-",
      "–",
      "/",
      "0",
      "1",
      "7",
      "9",
      "x",
    );
    const cell = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((a) => a.join("")),
      fc
        .tuple(
          fc.constantFrom("", " ", "\t", "  "),
          fc.constantFrom("PCD", "pcd", "Pcd", "pCd", "PCX", "PC"),
          fc.constantFrom("", " ", "\t", "-", "–", " - ", " – ", "  ", "--", "—"),
          fc.stringMatching(/^[0-9]{0,7}$/),
          fc.constantFrom("", " ", "\t", "x", " Drive", "/24", "  "),
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(cell, (text) => {
        expect(splitRefAndLine(text)).toEqual(splitByForms(text));
      }),
      { numRuns: 2000 },
    );
    expect(splitRefAndLine(" pcd–00042 ")).toEqual({ ref: "PCD 42", rest: null });
    expect(splitRefAndLine("PCD 123456")).toEqual({ ref: null, rest: "PCD 123456" });
  });
});

describe("pcdRefNumber", () => {
  it("reads back exactly the references pcdRef writes, and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        expect(pcdRefNumber(pcdRef(n))).toBe(n);
      }),
    );
    const text = fc.oneof(
      fc
        .tuple(
          fc.constantFrom("PCD ", "PCD", "pcd ", "PCD  ", " PCD ", "DMPCD "),
          fc.stringMatching(/^[0-9]{0,7}$/),
          fc.constantFrom("", " ", "x"),
        )
        .map((parts) => parts.join("")),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const n = pcdRefNumber(t);
        expect(n >= 0 ? pcdRef(n) : null).toBe(n >= 0 ? t : null);
        if (n < 0) expect(/^PCD (0|[1-9][0-9]{0,4})$/.test(t)).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect([pcdRefNumber("PCD 0099"), pcdRefNumber("PCD 0"), pcdRefNumber("PCD 1307 ")]).toEqual([-1, 0, -1]);
  });
});
