import { isReconcilerError, type ErrorCode } from "../core/errors";

/** Codes that mean "there is no such value" (#N/A) rather than "that argument is wrong" (#VALUE!). */
const notAvailable: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "NOT_FOUND",
  "NO_THRESHOLD",
  "NO_SCHEME_VERSION",
  "NO_TABLE",
]);

/** A bad-argument error raised by the argument checks, before the core is called. */
export class ArgumentError extends Error {
  override readonly name = "ArgumentError";
}

/**
 * Any failure as the error value a cell shows: #N/A or #VALUE! with the message an analyst can act on. Excel shows
 * custom messages only on those two, so nothing else is used; an unexpected exception becomes #VALUE! saying so,
 * never #CALC! or a raw JavaScript error.
 */
export function toCellError(e: unknown): CustomFunctions.Error {
  const { Error: CellError, ErrorCode } = CustomFunctions;
  if (e instanceof CellError) return e;
  if (e instanceof ArgumentError) return new CellError(ErrorCode.invalidValue, e.message);
  if (isReconcilerError(e)) {
    return new CellError(
      notAvailable.has(e.code) ? ErrorCode.notAvailable : ErrorCode.invalidValue,
      e.describe(),
    );
  }
  const message = e instanceof Error ? e.message : String(e);
  return new CellError(ErrorCode.invalidValue, `unexpected error: ${message}`);
}
