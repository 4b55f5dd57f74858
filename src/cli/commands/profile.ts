import type { Command } from "../command";
import { printJson } from "../command";
import { choice, fromOption, option, requiredOption } from "../args";
import { ReconcilerError } from "../../core/errors";
import { parseMoney } from "../../core/money/parse-money";
import { formatPence } from "../../core/money/format-money";
import { parseDate } from "../../core/dates/parse-date";
import {
  profileAmount,
  type Profile,
  type ProfileBasis,
  type ProfileBucketing,
} from "../../core/profile/profile";

const bases: readonly ProfileBasis[] = ["days", "months"];
const bucketings: readonly ProfileBucketing[] = ["fy", "quarter", "month"];
const bucketingNames: Record<ProfileBucketing, string> = {
  fy: "financial year",
  quarter: "quarter",
  month: "month",
};

/** The profile as a small aligned table with a total line. */
export function renderProfile(profile: Profile, by: ProfileBucketing): string {
  const first = profile.buckets[0];
  const last = profile.buckets[profile.buckets.length - 1];
  const head =
    `Profile of ${formatPence(profile.totalPence)}` +
    (first && last ? ` from ${first.start} to ${last.end}` : "") +
    ` (${profile.basis} basis, by ${bucketingNames[by]}` +
    (profile.schedule ? `, paid ${profile.schedule.replace(/-/g, " ")}` : "") +
    ")";
  const rows = profile.buckets.map((b) => [b.label, b.start, b.end, formatPence(b.pence)]);
  const total = ["Total", "", "", formatPence(profile.totalPence)];
  const all = [["Bucket", "From", "To", "Amount"], ...rows, total];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]): string =>
    r
      .map((cell, c) => (c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [head, "", line(all[0]!), rule, ...rows.map(line), rule, line(total)].join("\n") + "\n";
}

export const profileCommand: Command = {
  name: "profile",
  summary: "Split an amount over a period by financial year, quarter or month",
  usage:
    "profile --amount A --start D --end D [--basis days|months] [--by fy|quarter|month] " +
    "[--schedule quarterly-in-arrears] [--json]\n\n" +
    "  --amount    the amount in pounds as written: 1250000, £1,250,000, 402150.80, £2.5m\n" +
    "  --start     first day of the period: 2023-10-01, 01/10/2023, 1st October 2023\n" +
    "  --end       last day of the period (inclusive)\n" +
    "  --basis     months (default: each calendar month alike, part months pro rata) or days\n" +
    "  --by        fy (default), quarter (financial-year quarters, Q1 = April–June) or month\n" +
    "  --schedule  quarterly-in-arrears: each quarter's service paid on the 1st of the month after it ends\n" +
    "Buckets add up to the amount exactly (largest-remainder rounding).",
  valued: ["amount", "start", "end", "basis", "by", "schedule"],
  flags: [],
  run: async (args, io) => {
    if (args.positionals.length > 0) {
      throw new ReconcilerError(
        "BAD_ARGUMENT",
        `unexpected ${JSON.stringify(args.positionals[0])}: profile takes only options (--amount, --start, --end, …)`,
      );
    }
    const amountText = requiredOption(args, "amount", 'the amount to profile, e.g. --amount "£1,250,000"');
    const startText = requiredOption(args, "start", "the first day of the period, e.g. --start 2023-10-01");
    const endText = requiredOption(args, "end", "the last day of the period, e.g. --end 2025-03-31");
    const totalPence = fromOption("amount", () => parseMoney(amountText));
    const start = fromOption("start", () => parseDate(startText));
    const end = fromOption("end", () => parseDate(endText));
    const basis = choice(args, "basis", bases, "months");
    const by = choice(args, "by", bucketings, "fy");
    const scheduleText = option(args, "schedule");
    if (scheduleText !== undefined && scheduleText !== "quarterly-in-arrears") {
      throw new ReconcilerError(
        "BAD_ARGUMENT",
        `${JSON.stringify(scheduleText)} is not allowed for --schedule: expected "quarterly-in-arrears"`,
        { argument: "--schedule" },
      );
    }
    const profile = fromOption(end < start ? "end" : "start", () =>
      profileAmount({
        totalPence,
        start,
        end,
        basis,
        by,
        ...(scheduleText ? { schedule: "quarterly-in-arrears" as const } : {}),
      }),
    );
    if (args.flags.has("json")) printJson(io, profile);
    else io.stdout(renderProfile(profile, by));
    return 0;
  },
};
