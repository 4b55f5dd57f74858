import { describe, expect, it } from "vitest";
import type { ReconcilerError } from "../../../src/core/errors";
import type { Pence } from "../../../src/core/money/pence";
import {
  delegationLevel,
  isAtLeastAsSenior,
  levelForRole,
  loadScheme,
  mopacScheme,
  officerDelegation,
} from "../../../src/core/delegation";
import { councilScheme } from "./council-scheme";

const scheme = mopacScheme();
const p = (n: number) => n as Pence;

describe("the officers and the Mayor in the bundled MOPAC scheme", () => {
  it.each([
    ["Director of Strategy", "Director"],
    ["Harriet Oyelaran, Director of Strategy", "Director"],
    ["Director of Commissioning and Partnerships", "Director"],
    ["Interim Director of Oversight", "Director"],
    ["Director of Strategic Procurement", "DSP"],
    ["Chief Finance Officer", "CFO"],
    ["Chief Finance Officer and Director of Corporate Services", "CFO"],
    ["Mayor of London", "Mayor-of-London"],
    ["Deputy Mayor for Policing and Crime", "DMPC"],
  ])("%s is the %s level", (role, id) => {
    expect(levelForRole(scheme, role)?.id).toBe(id);
  });

  it("a Deputy Mayor for another portfolio is not the Mayor", () => {
    expect(levelForRole(scheme, "Deputy Mayor for Housing and Residential Development")).toBeNull();
  });

  it("the Mayor is above the DMPC; Directors and the CFO are below the CEO and the DMPC", () => {
    expect(isAtLeastAsSenior(scheme, "Mayor-of-London", "DMPC")).toBe(true);
    expect(isAtLeastAsSenior(scheme, "DMPC", "Mayor-of-London")).toBe(false);
    for (const officer of ["Director", "CFO", "DSP"]) {
      expect(isAtLeastAsSenior(scheme, officer, "CEO"), officer).toBe(false);
      expect(isAtLeastAsSenior(scheme, officer, "DMPC"), officer).toBe(false);
      expect(isAtLeastAsSenior(scheme, "CEO", officer), officer).toBe(true);
    }
  });

  it("every level the scheme places by inference says so in its source", () => {
    for (const id of ["Mayor-of-London", "CFO", "Director"]) {
      expect(scheme.levels.find((l) => l.id === id)?.source, id).toMatch(/^Inferred/);
    }
  });
});

describe("officerDelegation: what an officer below the fallback may approve itself", () => {
  const virement = (pounds: number, date = "2023-12-15") => ({
    amountPence: p(pounds * 100),
    kind: "virement",
    date,
  });

  it("the CFO may approve a virement of £0.5m or less, which would otherwise fall to the CEO", () => {
    expect(delegationLevel(scheme, virement(500_000)).level).toBe("CEO");
    const own = officerDelegation(scheme, "CFO", virement(500_000));
    expect(own?.level).toBe("CFO");
    expect(own?.source).toMatch(/PCD 1625/);
    expect(officerDelegation(scheme, "CFO", virement(120_000))).not.toBeNull();
  });

  it("not a virement over £0.5m: the DMPC's rule reserves it", () => {
    expect(officerDelegation(scheme, "CFO", virement(500_000.01))).toBeNull();
    expect(officerDelegation(scheme, "CFO", virement(750_000))).toBeNull();
  });

  it("no delegation the decisions do not cite: a Director's expenditure, the CFO's business cases", () => {
    const spend = { amountPence: p(14_500_000), kind: "business-case", date: "2025-05-12" };
    expect(officerDelegation(scheme, "Director", spend)).toBeNull();
    expect(officerDelegation(scheme, "CFO", spend)).toBeNull();
    expect(officerDelegation(scheme, "Director", virement(100_000))).toBeNull();
  });
});

describe("a scheme file's delegations", () => {
  function refusal(delegation: unknown): string {
    const s = councilScheme();
    s.versions[0].delegations = [delegation];
    try {
      loadScheme(s, "council.json");
    } catch (e) {
      return (e as ReconcilerError).describe();
    }
    throw new Error("expected the scheme to be refused");
  }
  const good = {
    kind: "spend",
    level: "Director",
    paragraph: "3.3",
    text: "The Director of Finance may approve spending of £50,000 or less",
    limit: { pence: 5000000, comparison: "at-most" },
  };

  it("are read with their limit in pence", () => {
    const s = councilScheme();
    s.versions[0].delegations = [good];
    const loaded = loadScheme(s, "council.json");
    expect(loaded.versions[0]!.delegations[0]!.limit).toEqual({ pence: 5000000, comparison: "at-most" });
    expect(loaded.versions[1]!.delegations).toEqual([]);
  });

  it("name a level and a kind of the scheme, with a limit that is at-most or less-than", () => {
    expect(refusal({ ...good, level: "Treasurer" })).toContain(
      'versions[0].delegations[0].level: unknown level "Treasurer"; the scheme\'s levels are Cabinet, Director',
    );
    expect(refusal({ ...good, limit: { pence: 5000000, comparison: "at-least" } })).toContain(
      'versions[0].delegations[0].limit.comparison: expected "at-most" or "less-than"',
    );
  });
});
