/**
 * The project's one error type. Every parser and check throws this, and only this, for bad input, so the CLI can
 * turn it into exit code 2 with a one-line message, and a custom function into #VALUE! or #N/A with the same text.
 *
 * `where` names the place the bad input came from (file, sheet, cell, line, argument), so the message can point at it.
 */
export interface ErrorPlace {
  file?: string;
  sheet?: string;
  cell?: string;
  line?: number;
  argument?: string;
}

export type ErrorCode =
  | "BAD_MONEY"
  | "BAD_DATE"
  | "BAD_FINANCIAL_YEAR"
  | "BAD_PERIOD"
  | "BAD_ARGUMENT"
  | "BAD_SCHEME"
  | "UNKNOWN_KIND"
  | "NO_THRESHOLD"
  /** The delegation scheme has no version in force on the date asked about. */
  | "NO_SCHEME_VERSION"
  | "NOT_A_DECISION"
  | "BAD_DOCUMENT"
  | "BAD_WORKBOOK"
  | "NO_TABLE"
  | "NOT_FOUND";

export class ReconcilerError extends Error {
  override readonly name = "ReconcilerError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly where: ErrorPlace = {},
  ) {
    super(message);
  }

  /** The message prefixed with where it happened, e.g. `budget.xlsx, sheet "2023-24", cell C7: …`. */
  describe(): string {
    const parts: string[] = [];
    if (this.where.file) parts.push(this.where.file);
    if (this.where.sheet) parts.push(`sheet "${this.where.sheet}"`);
    if (this.where.cell) parts.push(`cell ${this.where.cell}`);
    if (this.where.line !== undefined) parts.push(`line ${this.where.line}`);
    if (this.where.argument) parts.push(`argument ${this.where.argument}`);
    return parts.length ? `${parts.join(", ")}: ${this.message}` : this.message;
  }

  /** The same error with more of its place filled in (the caller knows the file or sheet, the parser did not). */
  at(place: ErrorPlace): ReconcilerError {
    return new ReconcilerError(this.code, this.message, { ...place, ...this.where });
  }
}

export function isReconcilerError(e: unknown): e is ReconcilerError {
  return e instanceof ReconcilerError;
}
