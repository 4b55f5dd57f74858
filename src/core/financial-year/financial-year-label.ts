/**
 * A UK financial year (1 April to 31 March) written the canonical way, "2023/24". Other spellings ("2023-2024",
 * "FY23/24", "23/24 Allocation") are parsed into this form; the brand stops a free string being used as one.
 */
export type FinancialYear = string & { readonly __brand: "FinancialYear" };
