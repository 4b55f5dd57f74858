// Placeholder until the reconciliation benchmark is written.
export async function run(): Promise<void> {
  console.log("reconciliation benchmark: not written yet");
}
