import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, json } from "../helpers/cli";
import { councilScheme } from "../core/delegation/council-scheme";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "delegation-cli-"));
  writeFileSync(join(dir, "council.json"), JSON.stringify(councilScheme(), null, 2));
  writeFileSync(join(dir, "not-json.json"), "levels: DMPC\n");
  writeFileSync(join(dir, "empty.json"), "");
  const noName = councilScheme();
  delete noName.name;
  writeFileSync(join(dir, "no-name.json"), JSON.stringify(noName));
  const badPence = councilScheme();
  badPence.versions[0].rules[0].threshold.pence = "one million";
  writeFileSync(join(dir, "bad-pence.json"), JSON.stringify(badPence));
  const overlap = councilScheme();
  overlap.versions[1].inForceFrom = "2022-04-01";
  writeFileSync(join(dir, "overlap.json"), JSON.stringify(overlap));
  mkdirSync(join(dir, "a-folder.json"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("delegation --json (bundled MOPAC scheme)", () => {
  it("£780,000 business case → DMPC, para 4.8", async () => {
    const r = await cli(["delegation", "--amount", "780000", "--kind", "business-case", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = json(r);
    expect(out.level).toBe("DMPC");
    expect(out.paragraph).toBe("4.8");
    expect(out.rule).toContain("(para 4.8)");
    expect(out.rule).toContain("£500,000");
    expect(out.scheme).toMatch(/^MOPAC Scheme of Consent and Delegation, version from \d{4}-\d{2}-\d{2}$/);
    expect(out.amountPence).toBe(78000000);
  });

  it("£275,000 grant → DMPC (all grants, 4.8)", async () => {
    const out = json(await cli(["delegation", "--amount", "£275,000", "--kind", "grant", "--json"]));
    expect(out).toMatchObject({ level: "DMPC", paragraph: "4.8", threshold: null, amountPence: 27500000 });
  });

  it("£450,000 business case → the officer level with its paragraph", async () => {
    const out = json(await cli(["delegation", "--amount", "£450k", "--kind", "business-case", "--json"]));
    expect(out.level).toBe("CEO");
    expect(out.fallback).toBe(true);
    expect(out.rule).toContain(`(para ${out.paragraph})`);
  });

  it("£500,000 tender: below the DMPC under the 2015-16 'exceed' wording, DMPC under '£500,000 or above'", async () => {
    const early = json(
      await cli(["delegation", "--amount", "500000", "--kind", "tender", "--date", "2016-06-01", "--json"]),
    );
    const late = json(
      await cli(["delegation", "--amount", "500000", "--kind", "tender", "--date", "1 June 2024", "--json"]),
    );
    expect(early.level).not.toBe("DMPC");
    expect(early.versionFrom).toBe("2015-04-01");
    expect(early.date).toBe("2016-06-01");
    expect(late.level).toBe("DMPC");
    expect(late.date).toBe("2024-06-01");
    const justOver = json(
      await cli([
        "delegation",
        "--amount",
        "500000.01",
        "--kind",
        "tender",
        "--date",
        "2016-06-01",
        "--json",
      ]),
    );
    expect(justOver.level).toBe("DMPC");
  });

  it("accepts the words an approval uses for its kind", async () => {
    const out = json(await cli(["delegation", "--amount", "1999600", "--kind", "grant variation", "--json"]));
    expect(out.kind).toBe("grant");
  });
});

describe("delegation, human output", () => {
  it("prints who decides and the rule with its paragraph, in two lines", async () => {
    const r = await cli(["delegation", "--amount", "780000", "--kind", "business-case"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "£780,000 business case for revenue or capital expenditure: Deputy Mayor for Policing and Crime (DMPC)",
    );
    expect(lines[1]).toMatch(/\(para 4\.8\)\. MOPAC Scheme of Consent and Delegation, version from /);
  });
});

describe("delegation --scheme FILE", () => {
  it("loads another body's scheme, relative to the working directory", async () => {
    const before = json(
      await cli(
        [
          "delegation",
          "--amount",
          "1000000",
          "--kind",
          "spend",
          "--date",
          "2022-06-01",
          "--scheme",
          "council.json",
          "--json",
        ],
        { cwd: dir },
      ),
    );
    const after = json(
      await cli([
        "delegation",
        "--amount",
        "1000000",
        "--kind",
        "expenditure",
        "--date",
        "2023-06-01",
        "--scheme",
        join(dir, "council.json"),
        "--json",
      ]),
    );
    expect(before).toMatchObject({
      level: "Director",
      paragraph: "3.2",
      scheme: "Example Council Scheme of Delegation, version from 2020-04-01",
    });
    expect(after).toMatchObject({
      level: "Cabinet",
      rule: "Spending of £1m or more is for Cabinet (para 3.1)",
    });
  });
});

describe("delegation: bad input → exit 2 with the exact message", () => {
  it.each<[string, string[], string]>([
    [
      "no --amount",
      ["--kind", "grant"],
      "argument --amount: --amount is required: the amount to be approved, e.g. --amount 650000",
    ],
    [
      "no --kind",
      ["--amount", "1"],
      "argument --kind: --kind is required: what is decided, e.g. --kind business-case",
    ],
    [
      "an unknown kind",
      ["--amount", "1", "--kind", "loan"],
      'argument --kind: unknown kind "loan"; MOPAC Scheme of Consent and Delegation knows business-case, grant, grant-strategy, tender, contract-award, virement, finalise-arrangements',
    ],
    [
      "a negative amount",
      ["--amount", "(£1,000)", "--kind", "grant"],
      "argument --amount: the amount must not be negative, got -£1,000.00",
    ],
    [
      "a date before the scheme",
      ["--amount", "1", "--kind", "grant", "--date", "2014-03-31"],
      "argument --date: MOPAC Scheme of Consent and Delegation has no version in force on 2014-03-31; its versions cover 2015-04-01 to the present",
    ],
    [
      "a kind the version has no rule for",
      ["--amount", "1", "--kind", "grant", "--date", "2016-01-01"],
      "argument --kind: MOPAC Scheme of Consent and Delegation, version from 2015-04-01 has no rule for grant that covers this amount and no fallback for it",
    ],
    [
      "a missing scheme file",
      ["--amount", "1", "--kind", "grant", "--scheme", "nope.json"],
      "nope.json, argument --scheme: cannot read the scheme file: no such file",
    ],
    [
      "a folder",
      ["--amount", "1", "--kind", "grant", "--scheme", "a-folder.json"],
      "a-folder.json, argument --scheme: cannot read the scheme file: it is a folder, not a file",
    ],
    [
      "an empty scheme file",
      ["--amount", "1", "--kind", "spend", "--scheme", "empty.json"],
      "empty.json: the file is empty; a scheme file is a JSON object",
    ],
    [
      "missing fields",
      ["--amount", "1", "--kind", "spend", "--scheme", "no-name.json"],
      "no-name.json: name: missing; expected the scheme's name as text",
    ],
    [
      "bad pence",
      ["--amount", "1", "--kind", "spend", "--scheme", "bad-pence.json"],
      'bad-pence.json: versions[0].rules[0].threshold.pence: expected a whole number of pence, got "one million"',
    ],
    [
      "overlapping versions",
      ["--amount", "1", "--kind", "spend", "--scheme", "overlap.json"],
      "overlap.json: versions[1].inForceFrom: 2022-04-01 overlaps versions[0] (2020-04-01 to 2023-03-31); versions must be in date order, each starting the day after the one before ends (2023-04-01)",
    ],
    [
      "an unknown option",
      ["--amount", "1", "--kind", "grant", "--level", "DMPC"],
      "argument --level: unknown option --level; this command takes --amount, --kind, --date, --scheme, --json",
    ],
  ])("%s", async (_, argv, message) => {
    const r = await cli(["delegation", ...argv, "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`decision-reconciler delegation: ${message}\n`);
  });

  it("a scheme file that is not JSON", async () => {
    const r = await cli(["delegation", "--amount", "1", "--kind", "spend", "--scheme", "not-json.json"], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^decision-reconciler delegation: not-json\.json: not valid JSON( \(line 1, column \d+\))?; a scheme file is a JSON object\n$/,
    );
  });

  it("a bad amount or date names its argument", async () => {
    const money = await cli(["delegation", "--amount", "lots", "--kind", "grant"]);
    expect(money.code).toBe(2);
    expect(money.stderr).toMatch(/^decision-reconciler delegation: argument --amount: "lots"/);
    const date = await cli(["delegation", "--amount", "1", "--kind", "grant", "--date", "31/02/2023"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/^decision-reconciler delegation: argument --date: "31\/02\/2023"/);
  });
});
