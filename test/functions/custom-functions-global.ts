/** The CustomFunctions global Excel provides (office-addin-mock does not): Error and ErrorCode, as in the notes. */
export class CellError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function installCustomFunctions(): void {
  (globalThis as any).CustomFunctions = {
    Error: CellError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: () => undefined,
  };
}

/** A streaming invocation that records every pushed result. */
export function recordingInvocation() {
  const results: unknown[] = [];
  const inv: any = {
    setResult: (v: unknown) => results.push(v),
    onCanceled: undefined as undefined | (() => void),
  };
  return { inv, results, last: () => results[results.length - 1] };
}
