import { isReconcilerError } from "../core/errors";
import { parseArgs } from "./args";
import type { CliIO, Command, ExitCode } from "./command";
import { commands } from "./commands";

function usage(): string {
  const lines = ["Usage: decision-reconciler COMMAND [options] [--json]", "", "Commands:"];
  for (const c of commands) lines.push(`  ${c.name.padEnd(11)} ${c.summary}`);
  lines.push("", "Run `decision-reconciler COMMAND --help` for a command's options.");
  return lines.join("\n") + "\n";
}

/** Runs one command line and returns its exit code. Never throws: bad input becomes exit 2 with a one-line message. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      `decision-reconciler: unknown command "${name}"; known commands: ${commands.map((c) => c.name).join(", ")}\n`,
    );
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`Usage: decision-reconciler ${command.usage}\n`);
    return 0;
  }
  try {
    const args = parseArgs(rest, command.valued, [...command.flags, "json"]);
    return await command.run(args, io);
  } catch (e) {
    if (isReconcilerError(e)) {
      io.stderr(`decision-reconciler ${command.name}: ${e.describe()}\n`);
      return 2;
    }
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`decision-reconciler ${command.name}: internal error (please report): ${message}\n`);
    return 2;
  }
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    readStdinBytes: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    cwd: process.cwd(),
  };
}
