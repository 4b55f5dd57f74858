// Makes examples/budget-2023-25.xlsx: a deliberately messy budget workbook of the kind analysts keep, reconciled by
// `npm run demo` against the five decisions in ../shared/fixtures/decisions. It is designed so that every
// reconciliation status appears (see test/files/reconciliation-example.test.ts):
//   MATCHED, OVER, UNDER       PCD 1307 lines in 2023/24 (settled by the analyst's resolution row), PCD 353, PCD 663
//   DECISION_INCONSISTENT      PCD 1307 lines in 2024/25 (its £2,270,000 / £2,720,000 mismatch is unresolved there)
//   UNPROFILED                 PCD 1513 (2023/24–2024/25) and PCD 1732 (2025/26–2027/28): totals with no FY split
//   OUTSIDE_PERIOD             PCD 663 in 2023/24 (it covered 2020/21), PCD 1307 in 2025/26
//   NO_DECISION                a row with no reference, and references no decision file knows
// and the PCD 1307 MAPPA row names another funding source than the decision (FUNDING_SOURCE_DIFFERS).
// Run: node bin/run-ts.mjs scripts/make-example-workbook.ts [OUT.xlsx]
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";

const MONEY = '"£"#,##0;[Red]-"£"#,##0';

export async function makeExampleWorkbook(out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "decision-reconciler example";
  wb.created = new Date("2024-01-15T09:00:00Z");
  wb.modified = wb.created;
  budgetSheet(wb);
  forwardPlanSheet(wb);
  registerSheet(wb);
  notesSheet(wb);
  mkdirSync(dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
}

/** The main sheet: title rows, a merged band over the year columns, a wide table with a subtotal and a formula total. */
function budgetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Budget 2023-25");
  ws.getCell("A1").value = "Mayor's Office for Policing and Crime";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Commissioning budget 2023/24 to 2024/25 (draft for audit)";
  ws.getCell("A2").font = { italic: true };
  // Row 3 blank. Row 4: a merged band over the two year columns.
  ws.mergeCells("D4:E4");
  ws.getCell("D4").value = "Allocations (£)";
  ws.getCell("D4").alignment = { horizontal: "center" };
  ws.getRow(5).values = ["Decision", "Service", "Provider", "23/24 Allocation", "2024/25", "Funding source"];
  ws.getRow(5).font = { bold: true };
  const body: (string | number | null)[][] = [
    [
      "PCD1307",
      "Drug Testing in Police Custody",
      "Metropolitan Police Service",
      470000,
      470000,
      "Police Grant",
    ],
    // Paid from the VAWG Strategy Fund here, where PCD 1307 funds MAPPA from the Police Grant.
    ["pcd-1307", "MAPPA", "London MAPPA Executive Office", "£45,000", "£40,000", "VAWG Strategy Fund"],
    [
      "PCD 1307",
      "London Stalking Threat Assessment Centre",
      "Mixed providers",
      150000,
      175000,
      "VAWG Strategy Fund",
    ],
    ["PCD 1307 Drive", null, "Rise Mutual", "£675,000", 675000, "VAWG Strategy Fund"],
  ];
  let r = 6;
  for (const row of body) ws.getRow(r++).values = row;
  // r = 10: subtotal of the PCD 1307 block, as formulas with their results saved.
  ws.getRow(r).values = ["Subtotal CJS", null, null];
  ws.getCell(`D${r}`).value = { formula: "SUM(D6:D9)", result: 1340000 };
  ws.getCell(`E${r}`).value = { formula: "SUM(E6:E9)", result: 1360000 };
  ws.getRow(r).font = { bold: true };
  r += 2; // a blank row
  const more: (string | number | null)[][] = [
    ["PCD 1513", "Drive London 2023", "Rise Mutual", 400000, 613030, "Drive budget"],
    ["PCD 0663", "Drive (legacy grant)", "London Borough of Croydon", 50000, null, "MOPAC"],
    [null, "Youth Diversion pilot", "Various", "£120,000", "£120,000", "MOPAC"],
    ["PCD 1999", "Violence Reduction Fund", "VRU", 250000, null, "GLA"],
  ];
  const first = r;
  for (const row of more) ws.getRow(r++).values = row;
  ws.getRow(r).values = ["Total"];
  ws.getCell(`D${r}`).value = {
    formula: `D10+SUM(D${first}:D${r - 1})`,
    result: 1340000 + 400000 + 50000 + 120000 + 250000,
  };
  ws.getCell(`E${r}`).value = { formula: `E10+SUM(E${first}:E${r - 1})`, result: 1360000 + 613030 + 120000 };
  ws.getRow(r).font = { bold: true };
  for (let i = 6; i <= r; i++) for (const c of ["D", "E"]) ws.getCell(`${c}${i}`).numFmt = MONEY;

  // A second table further down the sheet: older commitments, with a typed total that does not add up.
  r += 4;
  ws.getCell(`A${r}`).value = "Prior-year commitments (for reference)";
  ws.getCell(`A${r}`).font = { bold: true };
  r += 1;
  ws.getRow(r).values = ["Ref", "Project", "Provider", "2018/19", "2020/21"];
  ws.getRow(r).font = { bold: true };
  r += 1;
  ws.getRow(r++).values = [
    "PCD 353",
    "Pan London Domestic Violence Service",
    "Victim Support",
    "£1,999,600",
    null,
  ];
  ws.getRow(r++).values = ["PCD 663", null, "Rise Mutual; SafeLives", null, 400000];
  ws.getRow(r++).values = ["Total", null, null, "£1,999,600", "£390,000"];

  ws.columns.forEach((c, i) => (c.width = [16, 42, 30, 18, 16, 20][i] ?? 12));
  ws.views = [{ state: "frozen", ySplit: 5 }];
}

/** A long layout: one row per line and year, with the year first. */
function forwardPlanSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Forward plan");
  ws.getCell("A1").value = "Forward plan 2025/26 onwards";
  ws.getCell("A1").font = { bold: true };
  ws.getRow(3).values = ["FY", "Decision ref", "Project", "Amount"];
  ws.getRow(3).font = { bold: true };
  const rows: (string | number)[][] = [
    ["2025/26", "PCD 1732", "Employee IDVA and ISVA service", 260000],
    ["2026/27", "PCD 1732", "Employee IDVA and ISVA service", 260000],
    ["2027/28", "PCD 1732", "Employee IDVA and ISVA service", "£270,000"],
    ["2025/26", "PCD 1307", "Drive", 675000],
    ["2024/25", "DMPCD 2014/23", "Legacy grant (to be confirmed)", 15000],
  ];
  let r = 4;
  for (const row of rows) ws.getRow(r++).values = row;
  ws.getColumn(4).numFmt = MONEY;
  ws.columns.forEach((c, i) => (c.width = [10, 16, 36, 14][i] ?? 12));
}

/** The analyst's decision register, with one resolution row. */
function registerSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Decisions");
  ws.getRow(1).values = [
    "Ref",
    "Line",
    "FY",
    "Approved",
    "Recipient",
    "Period start",
    "Period end",
    "Funding source",
    "Resolution note",
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(2).values = [
    "PCD 1307",
    null,
    "2023/24",
    1360000,
    null,
    null,
    null,
    null,
    "PCD 1307 2023/24 confirmed at £1,360,000 per the Executive Summary and the table in 3.2; the £2,270,000 in the Recommendation is a typing error (confirmed by the Commissioning team)",
  ];
  ws.getColumn(4).numFmt = MONEY;
  ws.columns.forEach((c, i) => (c.width = [12, 20, 10, 14, 14, 12, 12, 16, 80][i] ?? 12));
}

/** A user's own sheet that the tool must leave alone. */
function notesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Notes");
  ws.getCell("A1").value = "Notes";
  ws.getCell("A2").value = "Figures are draft until the budget is approved by the DMPC.";
  ws.getCell("A3").value = { formula: "'Budget 2023-25'!D10", result: 1340000 };
  ws.getCell("A3").numFmt = MONEY;
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith("make-example-workbook.ts");
if (isMain) {
  const out = resolve(process.argv[2] ?? "examples/budget-2023-25.xlsx");
  await makeExampleWorkbook(out);
  console.log(`wrote ${out}`);
}
