import type { Profile } from "../core/profile/profile";
import type { OutputSheet } from "../core/report/output-sheet";

/** The owned sheet the Profile view writes (the reconciliation's own suggested profiles go to "Profiles"). */
export const PROFILE_SHEET = "Profile";

export interface ProfileRequest {
  /** What is profiled, e.g. "PCD 1513 grant" or "entered by hand". */
  what: string;
  start: string;
  end: string;
  by: string;
}

/** A profile as an output table: one row per bucket (money in pence), like the "Profiles" sheet. */
export function profileSheet(profile: { request: ProfileRequest; profile: Profile } | null): OutputSheet {
  const rows = profile
    ? profile.profile.buckets.map((b) => [
        profile.request.what,
        profile.profile.totalPence,
        profile.request.start,
        profile.request.end,
        profile.profile.basis,
        profile.request.by,
        b.label,
        b.start,
        b.end,
        b.pence,
      ])
    : [];
  return {
    name: PROFILE_SHEET,
    columns: [
      { header: "Profiled", kind: "text", width: 24 },
      { header: "Total", kind: "money", width: 16 },
      { header: "Period start", kind: "date", width: 12 },
      { header: "Period end", kind: "date", width: 12 },
      { header: "Basis", kind: "text", width: 8 },
      { header: "By", kind: "text", width: 8 },
      { header: "Bucket", kind: "text", width: 12 },
      { header: "From", kind: "date", width: 12 },
      { header: "To", kind: "date", width: 12 },
      { header: "Profile", kind: "money", width: 16 },
    ],
    rows,
  };
}
