import { ReconcilerError, isReconcilerError } from "../core/errors";

/** A parsed command line: the positional words and the `--name value` / `--flag` options. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag`. Which names take a value is declared by the command, so
 * that `--json FILE` is never read as `--json=FILE`. `-` on its own is a positional (stdin).
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith("--") || word === "-") {
      out.positionals.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
    if (flags.includes(name)) {
      if (eq >= 0)
        throw new ReconcilerError("BAD_ARGUMENT", `--${name} takes no value`, { argument: `--${name}` });
      out.flags.add(name);
      continue;
    }
    if (!valued.includes(name)) {
      const known = [...valued, ...flags].map((n) => `--${n}`).join(", ");
      throw new ReconcilerError("BAD_ARGUMENT", `unknown option --${name}; this command takes ${known}`, {
        argument: `--${name}`,
      });
    }
    let value: string | undefined;
    if (eq >= 0) value = word.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2)) {
        throw new ReconcilerError("BAD_ARGUMENT", `--${name} needs a value`, { argument: `--${name}` });
      }
      i++;
    }
    const list = out.options.get(name) ?? [];
    list.push(value);
    out.options.set(name, list);
  }
  return out;
}

/** The single value of an option, or undefined; an option given twice is an error. */
export function option(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name);
  if (!values) return undefined;
  if (values.length > 1) {
    throw new ReconcilerError("BAD_ARGUMENT", `--${name} was given ${values.length} times; give it once`, {
      argument: `--${name}`,
    });
  }
  return values[0];
}

export function requiredOption(args: ParsedArgs, name: string, what: string): string {
  const value = option(args, name);
  if (value === undefined || value === "") {
    throw new ReconcilerError("BAD_ARGUMENT", `--${name} is required: ${what}`, { argument: `--${name}` });
  }
  return value;
}

/** Runs `read` and pins any ReconcilerError it throws on the option it came from. */
export function fromOption<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (isReconcilerError(e)) throw e.at({ argument: `--${name}` });
    throw e;
  }
}

/** The value of an option that must be one of `allowed`, or `fallback` when it is absent. */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = option(args, name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ReconcilerError(
    "BAD_ARGUMENT",
    `${JSON.stringify(value)} is not allowed for --${name}: expected ${allowed.map((a) => `"${a}"`).join(" or ")}`,
    { argument: `--${name}` },
  );
}
