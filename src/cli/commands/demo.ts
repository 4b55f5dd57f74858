import type { Command } from "../command";
import { ReconcilerError } from "../../core/errors";

// Placeholder until the command is written: it says so rather than pretending to work.
export const demoCommand: Command = {
  name: "demo",
  summary: "(not yet available)",
  usage: "demo",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the demo command is not available yet");
  },
};
