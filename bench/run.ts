export {};
// `npm run bench`: every benchmark of the project in one run, each printing its ratios against a named peer
// measured in the same run. Benchmarks, not tests: nothing here asserts a time.
const suites: { name: string; load: () => Promise<{ run(): Promise<void> }> }[] = [
  { name: "extraction", load: () => import("./extraction") },
  { name: "reconciliation", load: () => import("./reconciliation") },
];

const only = process.argv[2];
for (const suite of suites) {
  if (only && suite.name !== only) continue;
  console.log(`\n=== ${suite.name} ===`);
  const mod = await suite.load();
  await mod.run();
}
