import { describe, expect, it } from "vitest";
import { normaliseText } from "../../../src/core/text/normalise-text";

describe("normaliseText", () => {
  it("normalises line ends, page breaks, spaces, invisible characters and ligatures", () => {
    expect(normaliseText("\uFEFFa\r\nb\rc\fd")).toBe("a\nb\nc\n\nd");
    expect(normaliseText("£1,000\u00A0and\u202F2\u200B")).toBe("£1,000 and 2");
    expect(normaliseText("\uFB01nancial o\uFB03ce")).toBe("financial office");
    expect(normaliseText("cafe\u0301")).toBe("caf\u00E9");
  });

  it("leaves tabs and line structure alone", () => {
    expect(normaliseText("A\t£1\t\nB\t£2\n\n")).toBe("A\t£1\t\nB\t£2\n\n");
  });
});
