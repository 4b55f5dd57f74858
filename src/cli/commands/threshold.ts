import type { Command } from "../command";
import { printJson } from "../command";
import { choice, fromOption, option } from "../args";
import { parseMoney } from "../../core/money/parse-money";
import { formatPence } from "../../core/money/format-money";
import { parseDate } from "../../core/dates/parse-date";
import {
  CONTRACTING_AUTHORITIES,
  THRESHOLD_CATEGORIES,
  procurementThreshold,
  type ThresholdResult,
} from "../../core/thresholds/procurement-threshold";
import { thresholdCitedOn, type ThresholdMatch } from "../../core/thresholds/threshold-cited-on";

/** Today's date where the command runs, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const categoryWords: Record<string, string> = {
  services: "supplies and services",
  works: "works",
  "light-touch": "light-touch services",
};

function describeVersion(m: ThresholdMatch): string {
  const who = m.authority === "all" ? "" : `${m.authority} `;
  return `the ${who}${categoryWords[m.category]} threshold ${m.to ? `from ${m.from} to ${m.to}` : `from ${m.from}`}`;
}

export function renderThreshold(t: ThresholdResult, date: string): string {
  const period = t.to ? `${t.from} to ${t.to}` : `${t.from} onwards`;
  const vat = t.vatInclusive ? "including VAT" : "net of VAT";
  return (
    `${formatPence(t.pence, { pence: false })} on ${date}: ${t.authority} ${categoryWords[t.category]}, ${vat} ` +
    `(in force ${period})\nSource: ${t.source}\n`
  );
}

export const thresholdCommand: Command = {
  name: "threshold",
  summary: "The UK public procurement threshold in force on a date",
  usage:
    "threshold [--date D] [--category services|works|light-touch] [--authority sub-central|central] [--cited A] [--json]\n\n" +
    "  --date       the date (default: today): 2023-09-01, 01/09/2023, 1st September 2023\n" +
    "  --category   services (supplies and services; default), works or light-touch\n" +
    "  --authority  sub-central (default; MOPAC is one) or central\n" +
    "  --cited      a threshold figure a document cites, e.g. £181,302: says whether it was the one in force on\n" +
    "               the date, and which version(s) it belongs to",
  valued: ["date", "category", "authority", "cited"],
  flags: [],
  run: async (args, io) => {
    const dateText = option(args, "date");
    const date = dateText === undefined ? today() : fromOption("date", () => parseDate(dateText));
    const category = choice(args, "category", THRESHOLD_CATEGORIES, "services");
    const authority = choice(args, "authority", CONTRACTING_AUTHORITIES, "sub-central");
    const t = fromOption("date", () => procurementThreshold({ date, category, authority }));
    const citedText = option(args, "cited");
    const cited =
      citedText === undefined
        ? undefined
        : fromOption("cited", () => {
            const pence = parseMoney(citedText);
            return { pence, ...thresholdCitedOn(pence, date) };
          });
    if (args.flags.has("json")) {
      const out: Record<string, unknown> = { ...t, date };
      if (cited)
        out.cited = { pence: cited.pence, inForce: cited.inForce, matchingVersions: cited.matchingVersions };
      printJson(io, out);
      return 0;
    }
    let text = renderThreshold(t, date);
    if (cited) {
      const figure = formatPence(cited.pence, { pence: false });
      const versions = cited.matchingVersions.map(describeVersion);
      text += cited.inForce
        ? `${figure} was in force on ${date}.\n`
        : versions.length
          ? `${figure} was not in force on ${date}; it was ${versions.join(", and ")}.\n`
          : `${figure} was not in force on ${date}, and is not a threshold of any version.\n`;
    }
    io.stdout(text);
    return 0;
  },
};
