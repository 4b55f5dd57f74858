import type { ParsedArgs } from "./args";

/** Where a command writes. Tests pass their own to capture output; main() passes the process's streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input in full (for `-`). */
  readStdin(): Promise<string>;
  /** Reads standard input in full as bytes (so `-` can be a PDF). Optional: without it, `readStdin` is used. */
  readStdinBytes?(): Promise<Uint8Array>;
  /** The working directory relative paths are resolved against. */
  cwd: string;
}

/** 0: success; 1: input read but checks found errors; 2: bad usage or unreadable input. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Options that take a value. */
  valued: readonly string[];
  /** Options that take none (`json` is added for every command). */
  flags: readonly string[];
  run(args: ParsedArgs, io: CliIO): Promise<ExitCode>;
}

/** Prints `value` as the one JSON document on stdout. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + "\n");
}
