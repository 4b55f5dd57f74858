import type { Command } from "../command";
import { profileCommand } from "./profile";
import { delegationCommand } from "./delegation";
import { thresholdCommand } from "./threshold";
import { extractCommand, checkCommand } from "./extract";
import { reconcileCommand } from "./reconcile";
import { demoCommand } from "./demo";

/** Every command the CLI knows, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  demoCommand,
  reconcileCommand,
  extractCommand,
  checkCommand,
  profileCommand,
  delegationCommand,
  thresholdCommand,
];
