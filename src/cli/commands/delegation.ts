import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "../command";
import { printJson } from "../command";
import { fromOption, option, requiredOption } from "../args";
import { ReconcilerError, isReconcilerError } from "../../core/errors";
import { parseMoney } from "../../core/money/parse-money";
import { formatPence } from "../../core/money/format-money";
import { parseDate } from "../../core/dates/parse-date";
import { delegationLevel, type DelegationResult } from "../../core/delegation/delegation-level";
import { mopacScheme } from "../../core/delegation/mopac-scheme";
import { parseSchemeText } from "../../core/delegation/load-scheme";
import { resolveKind } from "../../core/delegation/scheme-kinds";
import type { DelegationScheme } from "../../core/delegation/delegation-scheme";

/** Reads and validates a scheme file named by --scheme (relative to the working directory). */
function readScheme(file: string, cwd: string): DelegationScheme {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : `cannot be read (${code ?? String(e)})`;
    throw new ReconcilerError("NOT_FOUND", `cannot read the scheme file: ${why}`, {
      file,
      argument: "--scheme",
    });
  }
  return parseSchemeText(text, file);
}

/** Two lines: who decides, then the rule and the scheme it comes from; a third when a senior level may call it in. */
export function renderDelegation(r: DelegationResult, amountText: string, kindLabel: string): string {
  const who = `${r.levelTitle}${r.level !== r.levelTitle ? ` (${r.level})` : ""}`;
  const how = r.fallback ? " (no rule reserves it; the scheme's fallback applies)" : "";
  const callIn = r.callIn ? `${r.callIn}.\n` : "";
  return `${amountText} ${kindLabel}: ${who}${how}\n${r.rule}. ${r.scheme}.\n${callIn}`;
}

export const delegationCommand: Command = {
  name: "delegation",
  summary: "Who must approve a decision of a given kind and amount under the scheme of delegation",
  usage:
    "delegation --amount A --kind K [--date D] [--scheme FILE] [--json]\n\n" +
    "  --amount  the amount in pounds as written: 650000, £650,000, £450k\n" +
    "  --kind    what is decided: business-case, grant, grant-strategy, tender, contract-award, virement, …\n" +
    '            (or words such as "grant variation", "funding", "contract")\n' +
    "  --date    the date of the decision (default: the latest version of the scheme)\n" +
    "  --scheme  a scheme-of-delegation JSON file (default: MOPAC's, as its decisions cite it; see docs/delegation.md)",
  valued: ["amount", "kind", "date", "scheme"],
  flags: [],
  run: async (args, io) => {
    const amountText = requiredOption(args, "amount", "the amount to be approved, e.g. --amount 650000");
    const kindText = requiredOption(args, "kind", "what is decided, e.g. --kind business-case");
    const amountPence = fromOption("amount", () => parseMoney(amountText));
    const dateText = option(args, "date");
    const date = dateText === undefined ? undefined : fromOption("date", () => parseDate(dateText));
    const schemeFile = option(args, "scheme");
    if (schemeFile === "") {
      throw new ReconcilerError("BAD_ARGUMENT", "--scheme needs a file name", { argument: "--scheme" });
    }
    const scheme = schemeFile === undefined ? mopacScheme() : readScheme(schemeFile, io.cwd);
    const kind = fromOption("kind", () => resolveKind(scheme, kindText));
    let result: DelegationResult;
    try {
      result = delegationLevel(scheme, { amountPence, kind: kind.id, date });
    } catch (e) {
      // Pin the error on the argument it is about: the amount (negative), the date (outside the scheme) or the kind.
      if (!isReconcilerError(e)) throw e;
      throw e.at({
        argument:
          e.code === "BAD_MONEY"
            ? "--amount"
            : e.code === "BAD_DATE" || e.code === "NO_SCHEME_VERSION"
              ? "--date"
              : "--kind",
      });
    }
    if (args.flags.has("json")) {
      printJson(io, { ...result, amountPence, date: date ?? null });
    } else {
      io.stdout(renderDelegation(result, formatPence(amountPence, { pence: false }), kind.label));
    }
    return 0;
  },
};
