import type { Command } from "../command";
import { ReconcilerError } from "../../core/errors";

// Placeholders until the commands are written: they say so rather than pretending to work.
export const extractCommand: Command = {
  name: "extract",
  summary: "(not yet available)",
  usage: "extract FILE…",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the extract command is not available yet");
  },
};
export const checkCommand: Command = {
  name: "check",
  summary: "(not yet available)",
  usage: "check FILE…",
  valued: [],
  flags: [],
  run: async () => {
    throw new ReconcilerError("BAD_ARGUMENT", "the check command is not available yet");
  },
};
