// Entry point of the command line: `decision-reconciler COMMAND …` (bin/decision-reconciler.mjs loads this).
import { processIO, runCli } from "./main";

const code = await runCli(process.argv.slice(2), processIO());
process.exitCode = code;
