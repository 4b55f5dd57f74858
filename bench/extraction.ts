// Placeholder until the extraction benchmark is written.
export async function run(): Promise<void> {
  console.log("extraction benchmark: not written yet");
}
