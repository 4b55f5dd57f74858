import { describe, expect, it } from "vitest";
import { cli, json } from "../helpers/cli";

interface ProfileJson {
  totalPence: number;
  basis: string;
  buckets: { label: string; start: string; end: string; pence: number }[];
}

describe("decision-reconciler profile", () => {
  it("prints the JSON of the contract", async () => {
    const r = await cli([
      "profile",
      "--amount",
      "£1,013,030",
      "--start",
      "2023-10-01",
      "--end",
      "2025-03-31",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(json<ProfileJson>(r)).toEqual({
      totalPence: 101303000,
      basis: "months",
      buckets: [
        { label: "2023/24", start: "2023-10-01", end: "2024-03-31", pence: 33767667 },
        { label: "2024/25", start: "2024-04-01", end: "2025-03-31", pence: 67535333 },
      ],
    });
  });

  it("takes amounts and dates as people write them, and the days basis", async () => {
    const r = await cli([
      "profile",
      "--amount=1013030",
      "--start",
      "1st October 2023",
      "--end",
      "31/03/2025",
      "--basis",
      "days",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = json<ProfileJson>(r);
    expect(out.basis).toBe("days");
    expect(out.buckets.map((b) => b.pence)).toEqual([33829286, 67473714]);
  });

  it("splits by quarter and by month, always summing to the total", async () => {
    for (const by of ["quarter", "month"]) {
      const r = await cli([
        "profile",
        "--amount",
        "652150.80",
        "--start",
        "2023-10-01",
        "--end",
        "2025-03-31",
        "--by",
        by,
        "--json",
      ]);
      expect(r.code).toBe(0);
      const out = json<ProfileJson>(r);
      expect(out.totalPence).toBe(65215080);
      expect(out.buckets.reduce((s, b) => s + b.pence, 0)).toBe(65215080);
      expect(out.buckets).toHaveLength(by === "quarter" ? 6 : 18);
    }
  });

  it("applies the quarterly-in-arrears schedule", async () => {
    const r = await cli([
      "profile",
      "--amount",
      "£1,013,030",
      "--start",
      "2023-10-01",
      "--end",
      "2025-03-31",
      "--schedule",
      "quarterly-in-arrears",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(json<ProfileJson>(r).buckets.map((b) => b.label)).toEqual(["2023/24", "2024/25", "2025/26"]);
  });

  it("prints an aligned table with £ amounts and a total line", async () => {
    const r = await cli(["profile", "--amount", "c£780,000", "--start", "2025-04-01", "--end", "2028-03-31"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "Profile of £780,000.00 from 2025-04-01 to 2028-03-31 (months basis, by financial year)",
    );
    expect(r.stdout).toContain("2025/26  2025-04-01  2026-03-31  £260,000.00");
    expect(lines[lines.length - 1]).toMatch(/^Total\s+£780,000\.00$/);
    // Amounts are right-aligned: every amount ends in the same column.
    const amountLines = lines.filter((l) => /£[\d,]+\.\d\d$/.test(l));
    expect(new Set(amountLines.map((l) => l.length)).size).toBe(1);
  });

  it.each<[string[], string]>([
    [["--start", "2023-10-01", "--end", "2025-03-31"], "argument --amount: --amount is required"],
    [
      ["--amount", "£1,00,000", "--start", "2023-10-01", "--end", "2025-03-31"],
      `argument --amount: "£1,00,000" is not an amount of money: the thousands separators are misplaced (expected e.g. "£100,000")`,
    ],
    [
      ["--amount", "5", "--start", "31/02/2023", "--end", "2025-03-31"],
      `argument --start: "31/02/2023" is not a date: February 2023 has 28 days`,
    ],
    [["--amount", "5", "--start", "2023-10-01", "--end", "soon"], `argument --end: "soon" is not a date`],
    [
      ["--amount", "5", "--start", "2025-10-01", "--end", "2025-03-31"],
      "argument --end: the period ends (2025-03-31) before it starts (2025-10-01)",
    ],
    [
      ["--amount", "5", "--start", "2023-10-01", "--end", "2025-03-31", "--basis", "weeks"],
      `argument --basis: "weeks" is not allowed for --basis`,
    ],
    [
      ["--amount", "5", "--start", "2023-10-01", "--end", "2025-03-31", "--by", "year"],
      `argument --by: "year" is not allowed for --by`,
    ],
    [
      ["--amount", "5", "--start", "2023-10-01", "--end", "2025-03-31", "--schedule", "monthly"],
      `argument --schedule: "monthly" is not allowed`,
    ],
    [
      ["--amount", "5", "--amount", "6", "--start", "2023-10-01", "--end", "2025-03-31"],
      "argument --amount: --amount was given 2 times",
    ],
    [
      ["--amount", "5", "--start", "2023-10-01", "--end", "2025-03-31", "--weeks"],
      "argument --weeks: unknown option --weeks",
    ],
  ])("rejects %j with exit 2, naming the argument", async (argv, message) => {
    const r = await cli(["profile", ...argv, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`decision-reconciler profile: ${message}`);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("documents its options under --help", async () => {
    const r = await cli(["profile", "--help"]);
    expect(r.code).toBe(0);
    for (const word of ["--amount", "--start", "--end", "--basis", "--by", "--schedule", "--json"])
      expect(r.stdout).toContain(word);
  });
});
