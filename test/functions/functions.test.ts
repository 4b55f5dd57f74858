import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CellError, installCustomFunctions, recordingInvocation } from "./custom-functions-global";
import { FakeExcel } from "../excel/fake-excel";
import { RegisterCache } from "../../src/functions/register-cache";
import { excelRegisterSource } from "../../src/excel/register-source";
import { useRegisterCache } from "../../src/functions/register-functions";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { knownKinds, mopacScheme } from "../../src/core/delegation";

installCustomFunctions();
const f = await import("../../src/functions/functions");

const flush = () => new Promise((r) => setTimeout(r, 0));

function cellError(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CellError);
    return { code: (e as CellError).code, message: (e as CellError).message };
  }
  throw new Error("expected an error value");
}

describe("custom functions with good input", () => {
  it.each([
    ["FY of an Excel serial date", () => f.fy(45200), "2023/24"],
    ["FY of 31 March", () => f.fy("2024-03-31"), "2023/24"],
    ["FY of 1 April", () => f.fy("1 April 2024"), "2024/25"],
    [
      "DELEGATION_LEVEL of £780,000 business case",
      () => f.delegationLevelOf(780000, "business-case"),
      "DMPC",
    ],
    [
      "DELEGATION_LEVEL of text pounds",
      () => f.delegationLevelOf("£780,000", "business case", "2023-01-01"),
      "DMPC",
    ],
    ["PROCUREMENT_THRESHOLD in 2023", () => f.procurementThresholdOn("2023-09-01"), 213477],
    ["PROCUREMENT_THRESHOLD works", () => f.procurementThresholdOn(45200, "works"), 5336937],
  ])("%s", (_, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it("FY_PROFILE spills labels over amounts that add up exactly", () => {
    const m = f.fyProfile(1013030, "2023-10-01", "2025-03-31");
    expect(m).toHaveLength(2);
    expect(m[0]).toEqual(["2023/24", "2024/25"]);
    const pence = (m[1] as number[]).map((p) => Math.round(p * 100));
    expect(pence.reduce((a, b) => a + b, 0)).toBe(101303000);
  });
});

describe("custom functions with bad input answer a precise error value", () => {
  const kinds = knownKinds(mopacScheme()).join(", ");
  it.each([
    [
      "text for an amount",
      () => f.delegationLevelOf("abc", "grant"),
      "#VALUE!",
      'amount must be a number of pounds, got "abc"',
    ],
    [
      "a boolean for an amount",
      () => f.fyProfile(true, "2023-04-01", "2024-03-31"),
      "#VALUE!",
      "amount must be a number of pounds, got true",
    ],
    [
      "a missing amount",
      () => f.delegationLevelOf(null),
      "#VALUE!",
      "amount is required: expected a number of pounds",
    ],
    [
      "an unknown kind",
      () => f.delegationLevelOf(1000, "lunch"),
      "#VALUE!",
      `unknown kind "lunch"; MOPAC Scheme of Consent and Delegation knows ${kinds}`,
    ],
    [
      "a date that is not one",
      () => f.fy("31/02/2023"),
      "#VALUE!",
      'date must be a date (an Excel date, or text such as "2023-10-01"), got "31/02/2023"',
    ],
    [
      "a date before any threshold",
      () => f.procurementThresholdOn("2015-06-01"),
      "#N/A",
      "no procurement threshold is known for 2015-06-01; the table covers 2016-01-01 to the present",
    ],
    [
      "a date before the delegation scheme",
      () => f.delegationLevelOf(1000, "grant", "2014-01-01"),
      "#N/A",
      "MOPAC Scheme of Consent and Delegation has no version in force on 2014-01-01; its versions cover 2015-04-01 to the present",
    ],
    [
      "an unknown category",
      () => f.procurementThresholdOn("2023-01-01", "food"),
      "#VALUE!",
      'category must be one of "services", "works", "light-touch", got "food"',
    ],
    [
      "a bad profile grouping",
      () => f.fyProfile(100, "2023-04-01", "2024-03-31", "week"),
      "#VALUE!",
      'by must be "fy", "quarter" or "month", got "week"',
    ],
  ])("%s", (_, run, code, message) => {
    const e = cellError(run);
    expect(e.code).toBe(code);
    expect(e.message.replace(/^.*?: (?=unknown kind)/, "")).toBe(message);
  });

  it("the unknown-kind message lists every known kind", () => {
    const e = cellError(() => f.delegationLevelOf(1000, "lunch"));
    for (const k of knownKinds(mopacScheme())) expect(e.message).toContain(k);
  });
});

const header = [...REGISTER_COLUMNS];
function registerRow(ref: string, fy: string | null, pounds: number | null, line: string | null = null) {
  return [ref, line, fy, pounds, null, null, null, null, null];
}

describe("register functions (shared-runtime cache, streaming)", () => {
  let fake: FakeExcel;
  let cache: RegisterCache;
  beforeAll(() => installCustomFunctions());
  beforeEach(() => {
    fake = new FakeExcel().install();
    cache = new RegisterCache(excelRegisterSource(() => fake.context));
    useRegisterCache(cache);
  });

  it("serves 10,000 PCD_TOTAL cells from one register read in at most two syncs", async () => {
    const sheet = fake.addSheet("Decisions");
    const body = Array.from({ length: 500 }, (_, i) => registerRow(`PCD ${i + 1}`, null, (i + 1) * 1000));
    fake.addTable("Decisions", sheet, 1, 1, header, body);
    const calls = Array.from({ length: 10_000 }, (_, i) => {
      const r = recordingInvocation();
      f.pcdTotal(`PCD ${(i % 500) + 1}`, null, null, r.inv);
      return { i, r };
    });
    await flush();
    expect(cache.reads).toBe(1);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    for (const { i, r } of calls) expect(r.last()).toBe(((i % 500) + 1) * 1000);
  });

  it("pushes the new total when an analyst edits the register", async () => {
    const sheet = fake.addSheet("Decisions");
    const table = fake.addTable("Decisions", sheet, 1, 1, header, [
      registerRow("PCD 1307", "2023/24", 675000, "Drive"),
      registerRow("PCD 1307", "2024/25", 1000000, "Drive"),
    ]);
    const all = recordingInvocation();
    const year = recordingInvocation();
    f.pcdTotal("PCD 1307", null, null, all.inv);
    f.pcdTotal("pcd-1307", "2024/25", "drive", year.inv);
    await flush();
    expect(all.last()).toBe(1675000);
    expect(year.last()).toBe(1000000);

    await fake.editTableCell(table, 1, 3, 1250000.5);
    await flush();
    expect(cache.reads).toBe(2);
    expect(year.last()).toBe(1250000.5);
    expect(all.last()).toBe(1925000.5);

    year.inv.onCanceled();
    await fake.editTableCell(table, 1, 3, 1);
    await flush();
    expect(year.last()).toBe(1250000.5);
    expect(all.last()).toBe(675001);
  });

  it("PCD_STATUS says OK, or the most severe finding", async () => {
    const sheet = fake.addSheet("Decisions");
    fake.addTable("Decisions", sheet, 1, 1, header, [
      registerRow("PCD 1", null, 100),
      registerRow("PCD 2", null, 300),
      registerRow("PCD 2", "2023/24", 100),
      registerRow("PCD 2", "2024/25", 100),
    ]);
    const ok = recordingInvocation();
    const bad = recordingInvocation();
    f.pcdStatus("PCD 1", ok.inv);
    f.pcdStatus("PCD 2", bad.inv);
    await flush();
    expect(ok.last()).toBe("OK");
    expect(bad.last()).toBe(
      "REGISTER_TOTAL_MISMATCH: PCD 2: the yearly rows add up to £200.00 but the approval is £300.00",
    );
  });

  it.each([
    [
      "a decision not in the register",
      [["PCD 1", null, 5]],
      "PCD 9999",
      "#N/A",
      "PCD 9999 is not in the register",
    ],
    ["an empty register", [], "PCD 1", "#N/A", 'the "Decisions" register is empty, so PCD 1 is not in it'],
    [
      "no register table",
      null,
      "PCD 1",
      "#N/A",
      'the workbook has no "Decisions" register table yet: import a decision from the task pane, or add a table named "Decisions"',
    ],
    [
      "a reference that is not one",
      [],
      "hello",
      "#VALUE!",
      'ref must be a decision reference such as "PCD 1307", got "hello"',
    ],
  ] as const)("PCD_TOTAL for %s answers an error value", async (_, rows, ref, code, message) => {
    const sheet = fake.addSheet("Decisions");
    if (rows)
      fake.addTable(
        "Decisions",
        sheet,
        1,
        1,
        header,
        rows.map((r) => registerRow(r[0], r[1], r[2])),
      );
    const r = recordingInvocation();
    f.pcdTotal(ref, null, null, r.inv);
    await flush();
    const e = r.last() as CellError;
    expect(e).toBeInstanceOf(CellError);
    expect([e.code, e.message]).toEqual([code, message]);
  });
});
