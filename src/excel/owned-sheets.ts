/**
 * The sheets the add-in owns carry a worksheet custom property naming what they are for ("Reconciliation"). A
 * re-run finds its sheet by that mark, even if the analyst renamed it, and never mistakes an analyst's sheet of the
 * same name for its own: when the name is taken by a sheet without the mark, the add-in's sheet gets "Name (2)".
 */
export const OWNER_PROPERTY = "DecisionReconciler.sheet";
/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

export interface OwnedSheet {
  sheet: Excel.Worksheet;
  /** The sheet's name now. */
  name: string;
  /** True when the sheet was created by this call (nothing to clear). */
  created: boolean;
}

/** A sheet name not yet taken: `wanted`, else "wanted (2)", "wanted (3)", … (shortened to fit 31 characters). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The add-in's marks on every sheet: name → purpose (or null for a sheet it does not own). Two syncs. */
export async function sheetOwners(
  context: Excel.RequestContext,
): Promise<{ name: string; sheet: Excel.Worksheet; purpose: string | null }[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const marks = sheets.items.map((sheet) => {
    const mark = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
    mark.load("value");
    return { sheet, mark };
  });
  await context.sync();
  return marks.map(({ sheet, mark }) => ({
    name: sheet.name,
    sheet,
    purpose: mark.isNullObject ? null : String(mark.value),
  }));
}

/** The add-in's sheet for `purpose`, found by its mark, or a new marked sheet (queued, not yet synced). */
export async function ownedSheet(context: Excel.RequestContext, purpose: string): Promise<OwnedSheet> {
  const owners = await sheetOwners(context);
  const mine = owners.find((o) => o.purpose === purpose);
  if (mine) return { sheet: mine.sheet, name: mine.name, created: false };
  const name = freeSheetName(
    purpose,
    owners.map((o) => o.name),
  );
  const sheet = context.workbook.worksheets.add(name);
  sheet.customProperties.add(OWNER_PROPERTY, purpose);
  return { sheet, name, created: true };
}
