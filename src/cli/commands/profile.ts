import type { Command } from "../command";
import { ReconcilerError } from "../../core/errors";

// Placeholder until the command is written: it says so rather than pretending to work.
export const profileCommand: Command = {
  name: "profile",
  summary: "(not yet available)",
  usage: "profile",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the profile command is not available yet");
  },
};
