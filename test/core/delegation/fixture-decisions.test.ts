import { describe, expect, it } from "vitest";
import type { Pence } from "../../../src/core/money/pence";
import {
  delegationLevel,
  isAtLeastAsSenior,
  kindForApproval,
  levelForRole,
  mopacScheme,
} from "../../../src/core/delegation";
import { thresholdCitedOn } from "../../../src/core/thresholds";
import { expectedDecisions, fixtureNames, fixtureText } from "../../helpers/fixtures";

const scheme = mopacScheme();

/** The Legal Comments section of a decision's text (up to the next numbered or titled section). */
function legalComments(text: string): string {
  const start = text.search(/Legal Comments/i);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start);
  const end = rest.search(/Commercial Issues/i);
  return end > 0 ? rest.slice(0, end) : rest;
}

/** Paragraph numbers a text cites for the scheme: "paragraph 4.8", "(section 4.8)", "paragraphs 5.4, 5.12 and 5.13". */
function citedParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /\b(?:paragraphs?|sections?|para)\s+(\d+\.\d+(?:(?:,\s*|\s+and\s+)\d+\.\d+)*)/gi,
  )) {
    out.push(...m[1]!.split(/,\s*|\s+and\s+/));
  }
  return out;
}

function schemeParagraphs(): Set<string> {
  const out = new Set<string>();
  for (const v of scheme.versions) {
    for (const r of [...v.rules, ...v.fallbacks])
      for (const p of r.paragraph.split(/,\s*/)) out.add(p.trim());
  }
  return out;
}

describe("the MOPAC scheme against the fixture decisions", () => {
  it("every scheme paragraph the decisions cite is in the bundled scheme", () => {
    const known = schemeParagraphs();
    const cited = new Set<string>();
    for (const name of fixtureNames()) {
      // Only blocks of text about the scheme (PCD 353 has no "Legal Comments" heading, so the whole text is read).
      for (const block of fixtureText(name).split(/\n\s*\n/)) {
        if (/Scheme|delegation/i.test(block)) for (const p of citedParagraphs(block)) cited.add(p);
      }
    }
    expect([...cited].sort()).toEqual(
      expect.arrayContaining(["4.8", "4.13", "4.14", "7.23", "1.7", "5.4", "5.12", "5.13", "5.22"]),
    );
    for (const p of cited) expect(known, `paragraph ${p}`).toContain(p);
  });

  it("every fixture approval maps to a scheme kind, and its decision maker is at least as senior as the scheme requires", () => {
    for (const d of expectedDecisions()) {
      const maker = levelForRole(scheme, d.decisionBy ?? "");
      expect(maker, d.ref).not.toBeNull();
      for (const a of d.approvals) {
        const kind = kindForApproval(scheme, a.kind);
        expect(kind, `${d.ref} ${a.kind}`).not.toBeNull();
        const required = delegationLevel(scheme, {
          amountPence: a.pence as Pence,
          kind: kind!,
          date: d.dateSigned ?? undefined,
        });
        expect(isAtLeastAsSenior(scheme, maker!, required.level), `${d.ref}: ${required.rule}`).toBe(true);
      }
    }
  });

  it("the business-case paragraph a decision cites is the one delegationLevel gives for its amount", () => {
    const d = expectedDecisions().find((x) => x.file === "pcd-1732.txt")!;
    const cited = legalComments(fixtureText(d.file));
    const r = delegationLevel(scheme, {
      amountPence: d.approvals[0]!.pence as Pence,
      kind: "business-case",
      date: d.dateSigned!,
    });
    expect(cited).toContain(`(paragraph ${r.paragraph})`);
    expect(r.level).toBe("DMPC");
  });
});

describe("procurement thresholds the fixture decisions cite", () => {
  /** "valued at £213,477 or above" → pence. */
  function citedThreshold(text: string): Pence {
    const m = /valued at £([\d,]+) or above/.exec(text);
    expect(m).not.toBeNull();
    return (Number(m![1]!.replace(/,/g, "")) * 100) as Pence;
  }

  it("PCD 1513 (a 2023 award) cites the 2018-19 sub-central figure, not the one in force", () => {
    const cited = citedThreshold(fixtureText("pcd-1513.txt"));
    const r = thresholdCitedOn(cited, "2023-10-01");
    expect(r.inForce).toBe(false);
    expect(r.matchingVersions).toEqual([
      { from: "2018-01-01", to: "2019-12-31", category: "services", authority: "sub-central" },
    ]);
    expect(r.inForceValue.pence).toBe(21347700);
    expect(r.inForceValue.authority).toBe("sub-central");
  });

  it("PCD 1732 (signed 2024-11-13) cites the figure then in force", () => {
    const d = expectedDecisions().find((x) => x.file === "pcd-1732.txt")!;
    const cited = citedThreshold(fixtureText(d.file));
    const r = thresholdCitedOn(cited, d.dateSigned!);
    expect(r.inForce).toBe(true);
    expect(r.inForceValue.pence).toBe(cited);
    expect(r.matchingVersions).toEqual([
      { from: "2024-01-01", to: "2025-12-31", category: "services", authority: "sub-central" },
    ]);
  });

  it("a figure that was never a threshold matches nothing; inForceValue is then services/sub-central", () => {
    const r = thresholdCitedOn(12345600 as Pence, "2023-09-01");
    expect(r).toMatchObject({ inForce: false, matchingVersions: [] });
    expect(r.inForceValue).toMatchObject({ pence: 21347700, category: "services", authority: "sub-central" });
  });

  it("light-touch £663,540 is one merged period from 2020, for all authorities", () => {
    const r = thresholdCitedOn(66354000 as Pence, "2024-11-13");
    expect(r.inForce).toBe(true);
    expect(r.matchingVersions).toEqual([
      { from: "2020-01-01", to: null, category: "light-touch", authority: "all" },
    ]);
    expect(r.inForceValue.category).toBe("light-touch");
  });
});
