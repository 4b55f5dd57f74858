/**
 * The columns of the "Decisions" register sheet, in order. The CLI writes and reads this table, and the Excel add-in
 * creates the same table in the workbook, so the names live here once.
 */
export const REGISTER_SHEET_NAME = "Decisions";

export const REGISTER_COLUMNS = [
  "Ref",
  "Line",
  "FY",
  "Approved",
  "Recipient",
  "Period start",
  "Period end",
  "Funding source",
  "Resolution note",
] as const;

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** Other headings people use for each register column. Matching ignores case, spaces and punctuation. */
export const REGISTER_COLUMN_SYNONYMS: Readonly<Record<RegisterColumn, readonly string[]>> = {
  Ref: [
    "Ref",
    "Reference",
    "Decision",
    "Decision ref",
    "Decision reference",
    "PCD",
    "Decision no",
    "Decision number",
  ],
  Line: ["Line", "Budget line", "Service", "Project", "Programme", "Line item"],
  FY: ["FY", "Financial year", "Year"],
  Approved: ["Approved", "Approved amount", "Approved (£)", "Amount", "Approved £", "Value", "Approval"],
  Recipient: ["Recipient", "Provider", "Supplier", "Grantee"],
  "Period start": ["Period start", "Start", "Start date", "From"],
  "Period end": ["Period end", "End", "End date", "To"],
  "Funding source": ["Funding source", "Funding", "Source of funds", "Source"],
  "Resolution note": [
    "Resolution note",
    "Resolution",
    "Note",
    "Notes",
    "Analyst note",
    "Reason",
    "Comment",
    "Comments",
  ],
};

/** "Decision Ref." → "decisionref": the form headings are compared in. */
export function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}
