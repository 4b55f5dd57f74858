import { excelRegisterSource } from "../excel/register-source";
import { checkArguments, runFunction, type FunctionName } from "./function-table";
import { toCellError } from "./function-errors";
import { RegisterCache } from "./register-cache";

let shared: RegisterCache | null = null;

/** The runtime's one register cache (created on first use, reading through Office.js). */
export function registerCache(): RegisterCache {
  shared ??= new RegisterCache(excelRegisterSource());
  return shared;
}

/** Replaces the runtime's register cache (tests, or a host that reads the register another way). */
export function useRegisterCache(cache: RegisterCache): void {
  shared = cache;
}

/**
 * Runs a register function as a stream: checks its arguments, pushes its result, and pushes it again each time the
 * register changes, so a cell never keeps a value the register no longer supports. Later results win: a slow
 * answer from before a change is dropped. Failures are pushed as #N/A / #VALUE! with their message.
 */
export function streamFromRegister(
  name: FunctionName,
  args: readonly unknown[],
  invocation: CustomFunctions.StreamingInvocation<unknown>,
): void {
  let checked: unknown[];
  try {
    checked = checkArguments(name, args);
  } catch (e) {
    invocation.setResult(toCellError(e));
    return;
  }
  const cache = registerCache();
  let latest = 0;
  const push = async () => {
    const mine = ++latest;
    try {
      const register = await cache.get();
      const value = runFunction(name, checked, register);
      if (mine === latest) invocation.setResult(value);
    } catch (e) {
      if (mine === latest) invocation.setResult(toCellError(e));
    }
  };
  const unsubscribe = cache.subscribe(() => void push());
  invocation.onCanceled = () => unsubscribe();
  void push();
}

/** Runs a function that needs no register: its value, or the cell error it must show (thrown, as Excel expects). */
export function evaluate(name: FunctionName, args: readonly unknown[]): unknown {
  try {
    return runFunction(name, checkArguments(name, args));
  } catch (e) {
    throw toCellError(e);
  }
}
