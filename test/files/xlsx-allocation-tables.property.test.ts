import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HEADER_SYNONYMS } from "../../src/core/allocations/column-roles";
import { readBudgetRows } from "../../src/core/allocations/recognise-tables";
import { cellAddress, type CellValue } from "../../src/core/workbook/grid";
import { readWorkbookFromBuffer } from "../../src/files/xlsx-workbook";

// Random allocation tables, written with exceljs, read back and recognised: the rows and totals must be exactly
// the ones generated, whatever the header spelling, title rows, blank rows, layout and way of writing amounts.

type Spelling = { caseMode: number; sep: string; pad: string; trail: string };

const spelling = fc.record({
  caseMode: fc.integer({ min: 0, max: 3 }),
  sep: fc.constantFrom(" ", "  ", "_", "-", ".", ""),
  pad: fc.constantFrom("", " ", "  "),
  trail: fc.constantFrom("", ".", ":", " "),
});

function recase(text: string, mode: number): string {
  if (mode === 0) return text.toLowerCase();
  if (mode === 1) return text.toUpperCase();
  if (mode === 2) return text.replace(/\b\w/g, (c) => c.toUpperCase());
  return text;
}

/** A synonym as someone might type it: any case, any separator between words, stray spaces and punctuation. */
function spell(name: string, s: Spelling): string {
  return s.pad + recase(name, s.caseMode).split(" ").join(s.sep) + s.trail + s.pad;
}

function yearHeader(start: number, form: number, caseMode: number): string {
  const yy = (n: number) => String(n % 100).padStart(2, "0");
  const forms = [
    `${yy(start)}/${yy(start + 1)} Allocation`,
    `${start}/${yy(start + 1)}`,
    `FY ${start}-${yy(start + 1)}`,
    `Budget ${start}-${start + 1} (£)`,
    `Allocation ${start}/${yy(start + 1)}`,
  ];
  return recase(forms[form % forms.length] as string, caseMode);
}

function yearValue(start: number, form: number): CellValue {
  const yy = (n: number) => String(n % 100).padStart(2, "0");
  const forms = [
    `${start}/${yy(start + 1)}`,
    `${yy(start)}-${yy(start + 1)}`,
    `${start}-${start + 1}`,
    `FY${yy(start)}/${yy(start + 1)}`,
    `${start + 1}-02-15`,
  ];
  return forms[form % forms.length] as string;
}

function label(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

function moneyCell(pence: number, asText: number): CellValue {
  if (asText === 0) return pence / 100;
  const pounds = Math.floor(pence / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const p = pence % 100;
  const tail = p === 0 && asText === 2 ? "" : `.${String(p).padStart(2, "0")}`;
  return `${asText === 3 ? "" : "£"}${pounds}${tail}`;
}

const bodyRow = fc.record({
  line: fc.constantFrom(
    "Drive",
    "MAPPA",
    "S-TAC",
    "Drug Testing in Police Custody",
    "Youth Justice",
    "Victims Hub",
  ),
  ref: fc.option(fc.integer({ min: 1, max: 1999 }), { nil: null }),
  source: fc.option(fc.constantFrom("Police Grant", "VAWG Strategy Fund", "Home Office"), { nil: null }),
  amounts: fc.array(fc.option(fc.integer({ min: 0, max: 500_000_000 }), { nil: null, freq: 5 }), {
    minLength: 4,
    maxLength: 4,
  }),
  yearPick: fc.integer({ min: 0, max: 3 }),
  yearForm: fc.integer({ min: 0, max: 4 }),
  asText: fc.integer({ min: 0, max: 3 }),
  blankBefore: fc.boolean(),
});

const tableSpec = fc.record({
  wide: fc.boolean(),
  twoRowHeader: fc.boolean(),
  firstYear: fc.integer({ min: 2015, max: 2030 }),
  years: fc.integer({ min: 1, max: 3 }),
  yearForms: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
  names: fc.record({
    ref: fc.option(fc.constantFrom(...HEADER_SYNONYMS.ref), { nil: null }),
    line: fc.constantFrom(...HEADER_SYNONYMS.line),
    source: fc.option(fc.constantFrom(...HEADER_SYNONYMS.fundingSource), { nil: null }),
    fy: fc.constantFrom(...HEADER_SYNONYMS.fy),
    amount: fc.constantFrom(...HEADER_SYNONYMS.amount),
  }),
  spellings: fc.array(spelling, { minLength: 5, maxLength: 5 }),
  titles: fc.array(
    fc.constantFrom(
      "MOPAC Budget 2023–25",
      "Prepared by the Finance team",
      "Draft: not for circulation",
      null,
    ),
    { maxLength: 3 },
  ),
  mergeTitle: fc.boolean(),
  startCol: fc.integer({ min: 1, max: 3 }),
  blocks: fc.array(
    fc.record({
      rows: fc.array(bodyRow, { minLength: 1, maxLength: 4 }),
      subtotal: fc.option(fc.constantFrom("Subtotal", "Sub-total", "sub total", "SUBTOTAL"), { nil: null }),
      wrongBy: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null, freq: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  grandTotal: fc.option(fc.constantFrom("Total", "Grand total", "TOTAL"), { nil: null }),
});

type Spec = typeof tableSpec extends fc.Arbitrary<infer T> ? T : never;

interface Expected {
  rows: string[];
  totals: string[];
}

function build(spec: Spec): { wb: ExcelJS.Workbook; expected: Expected } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Allocations");
  const c0 = spec.startCol;
  const years = Array.from({ length: spec.years }, (_, i) => spec.firstYear + i);
  const twoRow = spec.wide && spec.twoRowHeader;

  // Columns: ref?, line, source?, then year columns (wide) or FY + amount (long).
  type Col = { kind: "ref" | "line" | "source" | "fy" | "amount" | "year"; year?: number; header: string };
  const cols: Col[] = [];
  const [s0, s1, s2, s3, s4] = spec.spellings as [Spelling, Spelling, Spelling, Spelling, Spelling];
  if (spec.names.ref) cols.push({ kind: "ref", header: spell(spec.names.ref, s0) });
  cols.push({ kind: "line", header: spell(spec.names.line, s1) });
  if (spec.names.source) cols.push({ kind: "source", header: spell(spec.names.source, s2) });
  if (spec.wide) {
    years.forEach((y, i) =>
      cols.push({
        kind: "year",
        year: y,
        header: twoRow ? label(y) : yearHeader(y, spec.yearForms[i] ?? 0, s3.caseMode),
      }),
    );
  } else {
    cols.push({ kind: "fy", header: spell(spec.names.fy, s3) });
    cols.push({ kind: "amount", header: spell(spec.names.amount, s4) });
  }
  const colOf = (kind: Col["kind"], year?: number) =>
    c0 + cols.findIndex((c) => c.kind === kind && (year === undefined || c.year === year));
  const lastCol = c0 + cols.length - 1;

  let r = 1;
  for (const t of spec.titles) {
    if (t) {
      ws.getCell(r, c0).value = t;
      if (spec.mergeTitle) ws.mergeCells(r, c0, r, lastCol);
    }
    r++;
  }
  r++; // a blank row under the titles
  if (twoRow) {
    cols.forEach((c, i) => {
      if (c.kind !== "year") {
        ws.getCell(r, c0 + i).value = c.header;
        ws.mergeCells(r, c0 + i, r + 1, c0 + i);
      } else ws.getCell(r + 1, c0 + i).value = c.header;
    });
    const firstYearCol = colOf("year", years[0]);
    ws.getCell(r, firstYearCol).value = spell(spec.names.amount, s4);
    if (years.length > 1) ws.mergeCells(r, firstYearCol, r, firstYearCol + years.length - 1);
    r += 2;
  } else {
    cols.forEach((c, i) => (ws.getCell(r, c0 + i).value = c.header));
    r++;
  }

  const rows: string[] = [];
  const totals: string[] = [];
  const all = new Map<number, number>();
  const put = (row: number, col: number, v: CellValue) => {
    if (v !== null) ws.getCell(row, col).value = v;
  };

  // A subtotal covers the rows since the previous subtotal (blocks without one run on into the next).
  let since = new Map<number, number>();
  let order: number[] = [];
  for (const block of spec.blocks) {
    for (const br of block.rows) {
      if (br.blankBefore) r++;
      const ref = br.ref === null ? null : `PCD ${br.ref}`;
      if (spec.names.ref) put(r, colOf("ref"), ref);
      put(r, colOf("line"), br.line);
      if (spec.names.source) put(r, colOf("source"), br.source);
      const refText = spec.names.ref ? ref : null;
      const source = spec.names.source ? br.source : null;
      const emit = (col: number, year: number, pence: number) => {
        rows.push(
          `${cellAddress(r, col)} ${refText ?? "-"} ${br.line} ${source ?? "-"} ${label(year)} ${pence}`,
        );
        since.set(year, (since.get(year) ?? 0) + pence);
        all.set(year, (all.get(year) ?? 0) + pence);
        if (!order.includes(year)) order.push(year);
      };
      if (spec.wide) {
        years.forEach((y, i) => {
          const pence = br.amounts[i] ?? null;
          if (pence === null) return;
          put(r, colOf("year", y), moneyCell(pence, br.asText));
          emit(colOf("year", y), y, pence);
        });
      } else {
        const y = years[br.yearPick % years.length] as number;
        const pence = br.amounts[0] ?? 0;
        put(r, colOf("fy"), yearValue(y, br.yearForm));
        put(r, colOf("amount"), moneyCell(pence, br.asText));
        emit(colOf("amount"), y, pence);
      }
      r++;
    }
    if (block.subtotal) {
      const wrong = block.wrongBy ?? 0;
      if (spec.wide) {
        put(r, colOf("line"), block.subtotal);
        years.forEach((y, i) => {
          const computed = since.get(y) ?? 0;
          const stated = computed + (i === 0 ? wrong : 0);
          put(r, colOf("year", y), stated / 100);
          totals.push(
            `${cellAddress(r, colOf("year", y))} ${block.subtotal} ${label(y)} ${stated}/${computed}`,
          );
        });
        r++;
      } else {
        for (const y of order) {
          const computed = since.get(y) ?? 0;
          const stated = computed + wrong;
          put(r, colOf("line"), block.subtotal);
          put(r, colOf("fy"), label(y));
          put(r, colOf("amount"), moneyCell(stated, 1));
          totals.push(
            `${cellAddress(r, colOf("amount"))} ${block.subtotal} ${label(y)} ${stated}/${computed}`,
          );
          r++;
        }
      }
      since = new Map<number, number>();
      order = [];
    }
  }
  if (spec.grandTotal) {
    const target = spec.names.ref ? colOf("ref") : colOf("line");
    if (spec.wide) {
      put(r, target, spec.grandTotal);
      years.forEach((y) => {
        const computed = all.get(y) ?? 0;
        put(r, colOf("year", y), moneyCell(computed, 1));
        totals.push(
          `${cellAddress(r, colOf("year", y))} ${spec.grandTotal} ${label(y)} ${computed}/${computed}`,
        );
      });
    } else {
      for (const y of years) {
        if (!all.has(y)) continue;
        const computed = all.get(y) ?? 0;
        put(r, target, spec.grandTotal);
        put(r, colOf("fy"), label(y));
        put(r, colOf("amount"), computed / 100);
        totals.push(
          `${cellAddress(r, colOf("amount"))} ${spec.grandTotal} ${label(y)} ${computed}/${computed}`,
        );
        r++;
      }
    }
  }
  return { wb, expected: { rows, totals } };
}

describe("allocation tables round-tripped through .xlsx", () => {
  it("gives back exactly the rows and totals generated", async () => {
    await fc.assert(
      fc.asyncProperty(tableSpec, async (spec) => {
        const { wb, expected } = build(spec);
        const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
        const book = await readWorkbookFromBuffer("fuzz.xlsx", bytes);
        const got = readBudgetRows(book);
        expect(got.tables).toHaveLength(1);
        expect(got.tables[0]?.layout).toBe(spec.wide ? "wide" : "long");
        expect(got.unread).toEqual([]);
        expect(
          got.rows.map(
            (x) => `${x.cell} ${x.refText ?? "-"} ${x.line} ${x.fundingSource ?? "-"} ${x.fy} ${x.pence}`,
          ),
        ).toEqual(expected.rows);
        expect(
          got.totals.map((t) => `${t.cell} ${t.label} ${t.fy} ${t.statedPence}/${t.computedPence}`),
        ).toEqual(expected.totals);
      }),
      { numRuns: 40 },
    );
  });
});
