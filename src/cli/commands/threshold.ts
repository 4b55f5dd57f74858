import type { Command } from "../command";
import { ReconcilerError } from "../../core/errors";

// Placeholder until the command is written: it says so rather than pretending to work.
export const thresholdCommand: Command = {
  name: "threshold",
  summary: "(not yet available)",
  usage: "threshold",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the threshold command is not available yet");
  },
};
