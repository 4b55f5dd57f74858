import { describe, expect, it } from "vitest";
import { profileAmount } from "../../../src/core/profile/profile";
import { apportion } from "../../../src/core/profile/largest-remainder";
import { bucketsBetween, bucketContaining } from "../../../src/core/profile/profile-buckets";
import { periodWeight, MONTH_UNITS } from "../../../src/core/profile/profile-weight";
import { parseMoney } from "../../../src/core/money/parse-money";
import type { Pence } from "../../../src/core/money/pence";
import { ReconcilerError } from "../../../src/core/errors";
import { expectedDecisions } from "../../helpers/fixtures";

const pence = (n: number) => n as Pence;

function byLabel(profile: { buckets: { label: string; pence: number }[] }): Record<string, number> {
  return Object.fromEntries(profile.buckets.map((b) => [b.label, b.pence]));
}

describe("profileAmount", () => {
  it("PCD 1513: £1,013,030 from October 2023 to March 2025, by months", () => {
    const p = profileAmount({ totalPence: parseMoney("£1,013,030"), start: "2023-10-01", end: "2025-03-31" });
    expect(p.basis).toBe("months");
    expect(p.buckets).toEqual([
      { label: "2023/24", start: "2023-10-01", end: "2024-03-31", pence: 33767667 },
      { label: "2024/25", start: "2024-04-01", end: "2025-03-31", pence: 67535333 },
    ]);
  });

  it("PCD 1513 by days", () => {
    const p = profileAmount({
      totalPence: pence(101303000),
      start: "2023-10-01",
      end: "2025-03-31",
      basis: "days",
    });
    expect(byLabel(p)).toEqual({ "2023/24": 33829286, "2024/25": 67473714 });
  });

  it("PCD 1732: c£780,000 over three financial years is £260,000 a year", () => {
    const p = profileAmount({ totalPence: parseMoney("c£780,000"), start: "2025-04-01", end: "2028-03-31" });
    expect(byLabel(p)).toEqual({ "2025/26": 26000000, "2026/27": 26000000, "2027/28": 26000000 });
  });

  it.each(
    expectedDecisions().flatMap((d) =>
      d.approvals.filter((a) => a.start && a.end).map((a) => [d.file, a] as const),
    ),
  )("%s: profiling an approval over its own period keeps its total", (_file, approval) => {
    const p = profileAmount({
      totalPence: pence(approval.pence),
      start: approval.start!,
      end: approval.end!,
    });
    expect(p.buckets.reduce((s, b) => s + b.pence, 0)).toBe(approval.pence);
    expect(p.buckets[0]!.start).toBe(approval.start);
    expect(p.buckets[p.buckets.length - 1]!.end).toBe(approval.end);
  });

  it("by quarter labels financial-year quarters, Q1 = April to June", () => {
    const p = profileAmount({
      totalPence: pence(1200),
      start: "2023-10-15",
      end: "2024-04-10",
      by: "quarter",
    });
    expect(p.buckets.map((b) => [b.label, b.start, b.end])).toEqual([
      ["2023/24 Q3", "2023-10-15", "2023-12-31"],
      ["2023/24 Q4", "2024-01-01", "2024-03-31"],
      ["2024/25 Q1", "2024-04-01", "2024-04-10"],
    ]);
  });

  it("by month labels calendar months and weighs part months by their days", () => {
    const p = profileAmount({ totalPence: pence(3000), start: "2024-01-16", end: "2024-03-31", by: "month" });
    // January: 16/31 of a month; February and March whole: shares 3000 × (16, 31, 31) / 78 = 615.38, 1192.31, 1192.31;
    // the leftover penny goes to January, the largest remainder.
    expect(p.buckets.map((b) => b.label)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(byLabel(p)).toEqual({ "2024-01": 616, "2024-02": 1192, "2024-03": 1192 });
  });

  it("a months basis weighs February like any month; a days basis does not", () => {
    const months = profileAmount({
      totalPence: pence(200),
      start: "2023-02-01",
      end: "2023-03-31",
      by: "month",
    });
    expect(byLabel(months)).toEqual({ "2023-02": 100, "2023-03": 100 });
    const days = profileAmount({
      totalPence: pence(5900),
      start: "2023-02-01",
      end: "2023-03-31",
      by: "month",
      basis: "days",
    });
    expect(byLabel(days)).toEqual({ "2023-02": 2800, "2023-03": 3100 });
  });

  it("splits negative totals and a single day", () => {
    expect(
      byLabel(profileAmount({ totalPence: pence(-101303000), start: "2023-10-01", end: "2025-03-31" })),
    ).toEqual({
      "2023/24": -33767667,
      "2024/25": -67535333,
    });
    expect(profileAmount({ totalPence: pence(5), start: "2024-03-31", end: "2024-03-31" }).buckets).toEqual([
      { label: "2023/24", start: "2024-03-31", end: "2024-03-31", pence: 5 },
    ]);
  });

  it("quarterly in arrears: each quarter is paid on the 1st of the month after it ends", () => {
    const p = profileAmount({
      totalPence: pence(101303000),
      start: "2023-10-01",
      end: "2025-03-31",
      schedule: "quarterly-in-arrears",
    });
    expect(p.schedule).toBe("quarterly-in-arrears");
    // Six quarters of service: Oct–Dec 2023 is paid in January 2024 (2023/24); Jan–Mar 2025 in April 2025 (2025/26).
    expect(p.buckets).toEqual([
      { label: "2023/24", start: "2023-10-01", end: "2024-03-31", pence: 16883834 },
      { label: "2024/25", start: "2024-04-01", end: "2025-03-31", pence: 16883834 + 3 * 16883833 },
      { label: "2025/26", start: "2025-04-01", end: "2025-04-01", pence: 16883833 },
    ]);
  });

  it("quarterly in arrears pays a part quarter after the service ends", () => {
    const p = profileAmount({
      totalPence: pence(900),
      start: "2024-04-01",
      end: "2024-08-15",
      by: "month",
      basis: "days",
      schedule: "quarterly-in-arrears",
    });
    const paid = p.buckets.filter((b) => b.pence !== 0).map((b) => [b.label, b.pence]);
    // Apr–Jun (91 days) paid in July; 1–15 August (46 days, Jul–15 Aug) paid in September.
    expect(paid).toEqual([
      ["2024-07", 598],
      ["2024-09", 302],
    ]);
  });

  it.each<[Parameters<typeof profileAmount>[0], string, string]>([
    [
      { totalPence: pence(1), start: "2025-04-01", end: "2025-03-31" },
      "BAD_PERIOD",
      "the period ends (2025-03-31) before it starts (2025-04-01); give the start date first",
    ],
    [
      { totalPence: pence(1), start: "2000-01-01", end: "2100-01-01" },
      "BAD_PERIOD",
      "the period 2000-01-01 to 2100-01-01 is longer than 100 years; check the dates",
    ],
    [
      { totalPence: pence(1), start: "2023-02-30", end: "2024-01-01" },
      "BAD_DATE",
      `"2023-02-30" is not a date: February 2023 has 28 days`,
    ],
    [
      { totalPence: pence(1.5), start: "2023-01-01", end: "2024-01-01" },
      "BAD_MONEY",
      "expected the total as a whole number of pence, got 1.5",
    ],
    [
      { totalPence: pence(1), start: "2023-01-01", end: "2024-01-01", basis: "weeks" as never },
      "BAD_ARGUMENT",
      `"weeks" is not a profile basis: expected "days" or "months"`,
    ],
    [
      { totalPence: pence(1), start: "2023-01-01", end: "2024-01-01", by: "year" as never },
      "BAD_ARGUMENT",
      `"year" is not a bucketing: expected "fy", "quarter" or "month"`,
    ],
  ])("rejects %j", (input, code, message) => {
    let error: unknown;
    try {
      profileAmount(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReconcilerError);
    expect((error as ReconcilerError).code).toBe(code);
    expect((error as ReconcilerError).message).toBe(message);
  });

  it("accepts a period of just under 100 years", () => {
    const p = profileAmount({ totalPence: pence(100), start: "2000-01-01", end: "2099-12-31", by: "month" });
    expect(p.buckets).toHaveLength(1200);
  });
});

describe("the parts of a profile", () => {
  it("apportion gives leftover pence to the largest remainders, ties to the earliest", () => {
    expect(apportion(100, [1n, 1n, 1n])).toEqual([34, 33, 33]);
    expect(apportion(2, [1n, 1n, 1n])).toEqual([1, 1, 0]);
    expect(apportion(10, [1n, 2n])).toEqual([3, 7]);
    expect(apportion(0, [5n, 7n])).toEqual([0, 0]);
    expect(apportion(7, [0n, 0n])).toEqual([7, 0]);
    expect(apportion(7, [])).toEqual([]);
    expect(apportion(-100, [1n, 1n, 1n])).toEqual([-34, -33, -33]);
  });

  it("bucketContaining finds each kind of bucket", () => {
    expect(bucketContaining("2024-02-10", "fy")).toEqual({
      label: "2023/24",
      start: "2023-04-01",
      end: "2024-03-31",
    });
    expect(bucketContaining("2024-02-10", "quarter")).toEqual({
      label: "2023/24 Q4",
      start: "2024-01-01",
      end: "2024-03-31",
    });
    expect(bucketContaining("2024-05-10", "quarter")).toEqual({
      label: "2024/25 Q1",
      start: "2024-04-01",
      end: "2024-06-30",
    });
    expect(bucketContaining("2024-08-10", "quarter").label).toBe("2024/25 Q2");
    expect(bucketContaining("2024-12-31", "quarter").label).toBe("2024/25 Q3");
    expect(bucketContaining("2024-02-10", "month")).toEqual({
      label: "2024-02",
      start: "2024-02-01",
      end: "2024-02-29",
    });
  });

  it("bucketsBetween clips the first and last bucket", () => {
    expect(bucketsBetween("2023-10-01", "2025-03-31", "fy").map((b) => b.label)).toEqual([
      "2023/24",
      "2024/25",
    ]);
    expect(bucketsBetween("2024-02-15", "2024-02-20", "month")).toEqual([
      { label: "2024-02", start: "2024-02-15", end: "2024-02-20" },
    ]);
  });

  it("periodWeight counts days, or months pro rata", () => {
    expect(periodWeight("2024-02-01", "2024-02-29", "months")).toBe(MONTH_UNITS);
    expect(periodWeight("2023-10-01", "2024-03-31", "months")).toBe(6n * MONTH_UNITS);
    expect(periodWeight("2024-01-16", "2024-01-31", "months")).toBe((16n * MONTH_UNITS) / 31n);
    expect(periodWeight("2024-02-01", "2024-02-15", "days")).toBe(15n);
    expect(periodWeight("2024-02-15", "2024-02-01", "days")).toBe(0n);
  });
});
