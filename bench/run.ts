// `npm run bench`: every benchmark of the project in one run, each printing its ratios against a named peer
// measured in the same run. Benchmarks, not tests: nothing here asserts a time. Each suite runs in a Node process of
// its own, so that what one leaves on the heap weighs on neither the timings nor the peak memory of the next.
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const suites = ["extraction", "reconciliation"];

const suite = process.env.BENCH_SUITE;
if (suite !== undefined) {
  // In the suite's own process.
  const mod = (await import(`./${suite}.ts`)) as { run(): Promise<void> };
  await mod.run();
} else {
  const only = process.argv[2];
  if (only && !suites.includes(only)) {
    console.error(`no benchmark "${only}"; there are: ${suites.join(", ")}`);
    process.exit(2);
  }
  for (const name of suites) {
    if (only && name !== only) continue;
    console.log(`\n=== ${name} ===`);
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, join(repoRoot, "bin/run-ts.mjs"), join(here, "run.ts")],
      { stdio: "inherit", env: { ...process.env, BENCH_SUITE: name } },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
