import { describe, expect, it } from "vitest";
import { ReconcilerError } from "../../../src/core/errors";
import type { Pence } from "../../../src/core/money/pence";
import {
  delegationLevel,
  isAtLeastAsSenior,
  kindForApproval,
  knownKinds,
  levelForRole,
  mopacScheme,
  schemeVersionOn,
} from "../../../src/core/delegation";

const p = (n: number) => n as Pence;
const scheme = mopacScheme();

function errorOf(f: () => unknown): ReconcilerError {
  try {
    f();
  } catch (e) {
    if (e instanceof ReconcilerError) return e;
    throw e;
  }
  throw new Error("expected a ReconcilerError");
}

describe("delegationLevel with the bundled MOPAC scheme", () => {
  it("a £780,000 business case is for the DMPC under para 4.8", () => {
    const r = delegationLevel(scheme, { amountPence: p(78000000), kind: "business-case" });
    expect(r.level).toBe("DMPC");
    expect(r.levelTitle).toBe("Deputy Mayor for Policing and Crime");
    expect(r.paragraph).toBe("4.8");
    expect(r.rule).toBe(
      "Business cases for revenue or capital expenditure of £500,000 and above are approved by the DMPC (para 4.8)",
    );
    expect(r.scheme).toBe("MOPAC Scheme of Consent and Delegation, version from 2022-04-01");
    expect(r.fallback).toBe(false);
  });

  it("every grant, however small, is for the DMPC (4.8)", () => {
    for (const pence of [0, 100, 27500000, 900000000]) {
      const r = delegationLevel(scheme, { amountPence: p(pence), kind: "grant" });
      expect(r.level).toBe("DMPC");
      expect(r.paragraph).toBe("4.8");
      expect(r.threshold).toBeNull();
    }
  });

  it("a £450,000 business case falls to the officer level, with its paragraph", () => {
    const r = delegationLevel(scheme, { amountPence: p(45000000), kind: "business-case" });
    expect(r.level).toBe("CEO");
    expect(r.fallback).toBe(true);
    expect(r.paragraph).toBe("1.7");
    expect(r.rule).toMatch(/\(para 1\.7\)$/);
  });

  it("£500,000 exactly: at-least reaches the DMPC, £499,999.99 does not", () => {
    expect(delegationLevel(scheme, { amountPence: p(50000000), kind: "business-case" }).level).toBe("DMPC");
    expect(delegationLevel(scheme, { amountPence: p(49999999), kind: "business-case" }).level).toBe("CEO");
  });

  it("a £500,000 tender: not for the DMPC under the 'exceed £500,000' wording, for the DMPC under '£500,000 or above'", () => {
    const early = delegationLevel(scheme, { amountPence: p(50000000), kind: "tender", date: "2016-06-01" });
    const late = delegationLevel(scheme, { amountPence: p(50000000), kind: "tender", date: "2024-06-01" });
    expect(early.level).not.toBe("DMPC");
    expect(early.scheme).toBe("MOPAC Scheme of Consent and Delegation, version from 2015-04-01");
    expect(late.level).toBe("DMPC");
    expect(late.paragraph).toBe("4.13");
    expect(
      delegationLevel(scheme, { amountPence: p(50000001), kind: "tender", date: "2016-06-01" }).level,
    ).toBe("DMPC");
  });

  it("contract awards: the Director of Strategic Procurement (7.23), which the DMPC may call in from £500,000 (4.14)", () => {
    const large = delegationLevel(scheme, { amountPence: p(50000000), kind: "contract-award" });
    expect(large.level).toBe("DSP");
    expect(large.paragraph).toBe("7.23");
    expect(large.callIn).toMatch(/call in .* \(para 4\.14\)$/);
    const small = delegationLevel(scheme, { amountPence: p(20000000), kind: "contract-award" });
    expect(small.level).toBe("DSP");
    expect(small.paragraph).toBe("7.23");
    expect(small.callIn).toBeUndefined();
  });

  it("virements over £0.5m are for the DMPC; £0.5m exactly is not", () => {
    expect(
      delegationLevel(scheme, { amountPence: p(50000001), kind: "virement", date: "2023-10-01" }).level,
    ).toBe("DMPC");
    expect(
      delegationLevel(scheme, { amountPence: p(50000000), kind: "virement", date: "2023-10-01" }).level,
    ).toBe("CEO");
  });

  it("accepts a kind's label or alias as well as its id", () => {
    expect(delegationLevel(scheme, { amountPence: p(1), kind: "Grant variation" }).kind).toBe("grant");
    expect(delegationLevel(scheme, { amountPence: p(1), kind: "business case" }).kind).toBe("business-case");
  });

  it("most senior rule first, whatever the order in the file", () => {
    const reordered = structuredClone(scheme);
    const v = reordered.versions.at(-1)!;
    v.rules.unshift({
      kind: "business-case",
      level: "CEO",
      paragraph: "9.9",
      text: "CEO from £1",
      threshold: { pence: p(100), comparison: "at-least" },
    });
    expect(delegationLevel(reordered, { amountPence: p(78000000), kind: "business-case" }).level).toBe(
      "DMPC",
    );
    expect(delegationLevel(reordered, { amountPence: p(45000000), kind: "business-case" }).paragraph).toBe(
      "9.9",
    );
  });

  it.each<[string, () => unknown, string, string]>([
    [
      "unknown kind",
      () => delegationLevel(scheme, { amountPence: p(1), kind: "loan" }),
      "UNKNOWN_KIND",
      'unknown kind "loan"; MOPAC Scheme of Consent and Delegation knows business-case, grant, grant-strategy, tender, contract-award, virement, finalise-arrangements',
    ],
    [
      "date before the scheme",
      () => delegationLevel(scheme, { amountPence: p(1), kind: "grant", date: "2014-01-01" }),
      "NO_SCHEME_VERSION",
      "MOPAC Scheme of Consent and Delegation has no version in force on 2014-01-01; its versions cover 2015-04-01 to the present",
    ],
    [
      "a kind the version has no rule for",
      () => delegationLevel(scheme, { amountPence: p(1), kind: "grant", date: "2016-01-01" }),
      "NOT_FOUND",
      "MOPAC Scheme of Consent and Delegation, version from 2015-04-01 has no rule for grant that covers this amount and no fallback for it",
    ],
    [
      "negative amount",
      () => delegationLevel(scheme, { amountPence: p(-5), kind: "grant" }),
      "BAD_MONEY",
      "the amount must not be negative, got -£0.05",
    ],
    [
      "fractional pence",
      () => delegationLevel(scheme, { amountPence: p(1.5), kind: "grant" }),
      "BAD_MONEY",
      "expected the amount as a whole number of pence, got 1.5",
    ],
  ])("%s → exact error", (_, f, code, message) => {
    const e = errorOf(f);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  it("knownKinds lists the kinds in file order", () => {
    expect(knownKinds(scheme).slice(0, 3)).toEqual(["business-case", "grant", "grant-strategy"]);
  });

  it("schemeVersionOn picks the version by date, the latest without one", () => {
    expect(schemeVersionOn(scheme, "2019-12-11").inForceFrom).toBe("2018-01-01");
    expect(schemeVersionOn(scheme).inForceTo).toBeNull();
  });
});

describe("roles and kinds, as decisions word them", () => {
  it.each([
    ["Deputy Mayor for Policing and Crime", "DMPC"],
    ["Sophie Linden, Deputy Mayor, Policing and Crime", "DMPC"],
    ["Sophie Linden (Past staff), Deputy Mayor, Policing and Crime", "DMPC"],
    ["DMPC", "DMPC"],
    ["Chief Executive Officer", "CEO"],
    ["Interim Chief Executive Officer", "CEO"],
    ["Director of Strategic Procurement", "DSP"],
  ])("%s → %s", (role, id) => {
    expect(levelForRole(scheme, role)?.id).toBe(id);
  });

  it("an unknown role → null", () => {
    expect(levelForRole(scheme, "Head of Youth Services")).toBeNull();
    expect(levelForRole(scheme, "Commissioner of Police of the Metropolis")).toBeNull();
    expect(levelForRole(scheme, "")).toBeNull();
  });

  it("seniority follows rank", () => {
    expect(isAtLeastAsSenior(scheme, "DMPC", "CEO")).toBe(true);
    expect(isAtLeastAsSenior(scheme, "CEO", "CEO")).toBe(true);
    expect(isAtLeastAsSenior(scheme, "DSP", "DMPC")).toBe(false);
    expect(() => isAtLeastAsSenior(scheme, "Cabinet", "DMPC")).toThrow(
      'unknown level "Cabinet"; MOPAC Scheme of Consent and Delegation has levels Mayor-of-London, DMPC, CEO, CFO, DSP, Director',
    );
  });

  it.each([
    ["contract", "contract-award"],
    ["grant", "grant"],
    ["grant variation", "grant"],
    ["funding", "business-case"],
    ["business case", "business-case"],
    ["variation of the funding agreement", "grant"],
    ["award of grant funding", "grant"],
    ["budget virement", "virement"],
    ["invitation to tender", "tender"],
  ])("kindForApproval(%s) → %s", (words, id) => {
    expect(kindForApproval(scheme, words)).toBe(id);
  });

  it("kindForApproval gives null for words it does not know", () => {
    expect(kindForApproval(scheme, "loan")).toBeNull();
    expect(kindForApproval(scheme, "  ")).toBeNull();
  });
});
