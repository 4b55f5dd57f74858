import { runCli } from "../../src/cli/main";
import type { ExitCode } from "../../src/cli/command";

export interface CliResult {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (the same runCli the bin calls) and captures its output. */
export async function cli(argv: string[], opts: { stdin?: string; cwd?: string } = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => opts.stdin ?? "",
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** Parses stdout as the one JSON document a --json run must print. */
export function json<T = any>(r: CliResult): T {
  return JSON.parse(r.stdout) as T;
}
