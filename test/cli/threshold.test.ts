import { describe, expect, it } from "vitest";
import { cli, json } from "../helpers/cli";

describe("threshold --json", () => {
  it("on 2023-09-01: £213,477 sub-central services, 2022-01-01 to 2023-12-31, VAT-inclusive", async () => {
    const r = await cli(["threshold", "--date", "2023-09-01", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(json(r)).toMatchObject({
      pence: 21347700,
      from: "2022-01-01",
      to: "2023-12-31",
      vatInclusive: true,
      category: "services",
      authority: "sub-central",
      date: "2023-09-01",
    });
    expect(json(r).source).toContain("SI 2021/1221");
  });

  it("reads the date as people write it", async () => {
    const a = json(await cli(["threshold", "--date", "01/09/2023", "--json"]));
    const b = json(await cli(["threshold", "--date", "1st September 2023", "--json"]));
    expect(a.pence).toBe(21347700);
    expect(b.date).toBe("2023-09-01");
  });

  it("category and authority", async () => {
    const works = json(await cli(["threshold", "--date", "2019-05-01", "--category", "works", "--json"]));
    expect(works).toMatchObject({ pence: 455141300, vatInclusive: false, category: "works" });
    const central = json(
      await cli(["threshold", "--date", "2024-11-13", "--authority", "central", "--json"]),
    );
    expect(central).toMatchObject({ pence: 13968800, authority: "central" });
    const lightTouch = json(
      await cli(["threshold", "--date", "2016-06-01", "--category", "light-touch", "--json"]),
    );
    expect(lightTouch.pence).toBe(58914800);
  });

  it("defaults to today: the version returned contains today's date", async () => {
    const out = json(await cli(["threshold", "--json"]));
    expect(out.from <= out.date).toBe(true);
    expect(out.to === null || out.date <= out.to).toBe(true);
    expect(out.category).toBe("services");
    expect(out.authority).toBe("sub-central");
  });

  it("--cited says whether a cited figure was in force, and which version it belongs to", async () => {
    const stale = json(await cli(["threshold", "--date", "2023-10-01", "--cited", "£181,302", "--json"]));
    expect(stale.cited).toEqual({
      pence: 18130200,
      inForce: false,
      matchingVersions: [
        { from: "2018-01-01", to: "2019-12-31", category: "services", authority: "sub-central" },
      ],
    });
    const current = json(await cli(["threshold", "--date", "2024-11-13", "--cited", "214904", "--json"]));
    expect(current.cited.inForce).toBe(true);
  });
});

describe("threshold, human output", () => {
  it("one line with the figure and period, one with the source", async () => {
    const r = await cli(["threshold", "--date", "2023-09-01"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "£213,477 on 2023-09-01: sub-central supplies and services, including VAT (in force 2022-01-01 to 2023-12-31)",
    );
    expect(lines[1]).toMatch(/^Source: .*SI 2021\/1221/);
    expect(lines).toHaveLength(2);
  });

  it("a stale cited figure is explained", async () => {
    const r = await cli(["threshold", "--date", "2023-10-01", "--cited", "£181,302"]);
    expect(r.stdout).toContain(
      "£181,302 was not in force on 2023-10-01; it was the sub-central supplies and services threshold from 2018-01-01 to 2019-12-31.",
    );
  });
});

describe("threshold: bad input → exit 2 with the exact message", () => {
  it.each<[string, string[], string]>([
    [
      "a date before the table",
      ["--date", "2015-12-31"],
      "argument --date: no procurement threshold is known for 2015-12-31; the table covers 2016-01-01 to the present",
    ],
    [
      "an unknown category",
      ["--category", "goods"],
      'argument --category: "goods" is not allowed for --category: expected "services" or "works" or "light-touch"',
    ],
    [
      "an unknown authority",
      ["--authority", "local"],
      'argument --authority: "local" is not allowed for --authority: expected "sub-central" or "central"',
    ],
    [
      "a date given twice",
      ["--date", "2023-01-01", "--date", "2024-01-01"],
      "argument --date: --date was given 2 times; give it once",
    ],
    ["a date with no value", ["--date"], "argument --date: --date needs a value"],
  ])("%s", async (_, argv, message) => {
    const r = await cli(["threshold", ...argv, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`decision-reconciler threshold: ${message}\n`);
  });

  it("a bad date or cited figure names its argument", async () => {
    const date = await cli(["threshold", "--date", "someday"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/^decision-reconciler threshold: argument --date: "someday"/);
    const cited = await cli(["threshold", "--date", "2023-01-01", "--cited", "£1,81,302"]);
    expect(cited.code).toBe(2);
    expect(cited.stderr).toMatch(/^decision-reconciler threshold: argument --cited: "£1,81,302"/);
  });
});
