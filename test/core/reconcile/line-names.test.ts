import { describe, expect, it } from "vitest";
import { definedAcronyms } from "../../../src/core/reconcile/defined-acronyms";
import { LineNames, lineKey } from "../../../src/core/reconcile/line-names";
import { fixtureText } from "../../helpers/fixtures";

describe("line names", () => {
  it("ignore case, spaces and punctuation", () => {
    expect(new Set(["S-TAC", "STAC", "s tac", "S.T.A.C."].map(lineKey)).size).toBe(1);
    expect(lineKey("Drive")).not.toBe(lineKey("Drive London"));
  });

  it("aliases join names both ways, whatever order they are declared in", () => {
    const a = new LineNames({ "S-TAC": ["London Stalking Threat Assessment Centre"] });
    const b = new LineNames({ "London Stalking Threat Assessment Centre": ["stac"] });
    for (const names of [a, b]) {
      expect(names.key("london stalking threat assessment centre")).toBe(names.key("S TAC"));
      expect(names.key("MAPPA")).not.toBe(names.key("S-TAC"));
    }
  });

  it("a name that gives its own acronym is one line with the long name and with the acronym", () => {
    const named = "Community Alliance to Combat Hate (CATCH)";
    const names = new LineNames();
    for (const n of ["CATCH", named, "Grants (revenue)"]) names.learn(n);
    const keys = [named, "Community Alliance to Combat Hate", "catch"].map((n) => names.key(n));
    expect(new Set(keys).size).toBe(1);
    // A bracket that is not the name's initials joins nothing.
    expect(names.key("Grants (revenue)")).not.toBe(names.key("Grants"));
    expect(names.key("Grants (revenue)")).not.toBe(names.key("revenue"));
  });
});

describe("definedAcronyms", () => {
  it("reads the acronyms a decision defines, and only where the letters are the initials", () => {
    const pairs = definedAcronyms(fixtureText("pcd-1307.txt"));
    expect(pairs).toContainEqual(["London Stalking Threat Assessment Centre", "S-TAC"]);
    expect(pairs).toContainEqual(["Stalking Threat Assessment Centre", "S-TAC"]);
    expect(pairs).toContainEqual(["Multi Agency Public Protection Arrangements", "MAPPA"]);
    expect(definedAcronyms("Funding for 2023 (DMPC) was agreed")).toEqual([]);
  });
});
