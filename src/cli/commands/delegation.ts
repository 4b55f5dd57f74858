import type { Command } from "../command";
import { ReconcilerError } from "../../core/errors";

// Placeholder until the command is written: it says so rather than pretending to work.
export const delegationCommand: Command = {
  name: "delegation",
  summary: "(not yet available)",
  usage: "delegation",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the delegation command is not available yet");
  },
};
