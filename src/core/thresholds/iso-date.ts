import { addDays, isIsoDate, type IsoDate } from "../dates/calendar";
import { ReconcilerError } from "../errors";

export { isIsoDate, type IsoDate };

/** The date itself, or a BAD_DATE error quoting it. `what` names the value in the message ("date"). */
export function requireIsoDate(text: string, what = "date"): IsoDate {
  if (!isIsoDate(text)) {
    throw new ReconcilerError(
      "BAD_DATE",
      `expected the ${what} as an ISO date YYYY-MM-DD, got ${JSON.stringify(text)}`,
    );
  }
  return text;
}

/** The day after an ISO date ("2017-12-31" → "2018-01-01"). */
export function dayAfter(date: IsoDate): IsoDate {
  return addDays(date, 1);
}
