import type { Command } from "../command";
import { ReconcilerError } from "../../core/errors";

// Placeholder until the command is written: it says so rather than pretending to work.
export const reconcileCommand: Command = {
  name: "reconcile",
  summary: "(not yet available)",
  usage: "reconcile",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the reconcile command is not available yet");
  },
};
