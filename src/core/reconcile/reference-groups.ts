/**
 * Budget rows' reference cells, each distinct one read once, and the groups of (line, FY) each reference's rows fall
 * into: the lookups reconciliation makes once per budget row.
 */
import type { FinancialYear } from "../financial-year/financial-year-label";
import { pcdRef, splitByForms } from "../references/decision-ref";
import type { Group } from "./budget-group";
import type { DecisionEntry, DecisionIndex } from "./decision-index";
import type { LineNames } from "./line-names";

/** Past this many groups, a reference's groups are also kept in a Map keyed by line and FY. */
const SCAN_LIMIT = 16;

/**
 * The groups of one normalised reference (or of the rows with none), and its decision, looked up once. A class, for
 * the reason Group is one.
 */
export class RefGroups {
  /** Its groups, linked by `nextInRef`, newest first; most references have a few lines in a few years, so they are scanned. */
  first: Group | null = null;
  count = 0;
  byKey: Map<string, Group> | null = null;

  constructor(
    readonly ref: string | null,
    readonly entry: DecisionEntry | undefined,
  ) {}
}

/** The reference's group for a line key and FY, if its rows have one yet. */
export function groupIn(rg: RefGroups, lineKey: string, fy: FinancialYear): Group | undefined {
  if (rg.byKey !== null) return rg.byKey.get(`${lineKey}\u0001${fy}`);
  for (let g = rg.first; g !== null; g = g.nextInRef) if (g.lineKey === lineKey && g.fy === fy) return g;
  return undefined;
}

/** Adds a new group to its reference's. */
export function addGroup(rg: RefGroups, g: Group): void {
  g.nextInRef = rg.first;
  rg.first = g;
  if (rg.byKey !== null) rg.byKey.set(`${g.lineKey}\u0001${g.fy}`, g);
  else if (++rg.count > SCAN_LIMIT) {
    rg.byKey = new Map();
    for (let x: Group | null = g; x !== null; x = x.nextInRef) rg.byKey.set(`${x.lineKey}\u0001${x.fy}`, x);
  }
}

/** A reference cell's text as written, read once. */
interface RefSpelling {
  groups: RefGroups;
  /** The rest of the cell ("Drive" in "PCD 1234 Outreach"): the line, where the row has no line cell. */
  rest: string | null;
  /** The line key of `rest` ("" where there is none). */
  restKey: string;
}

/**
 * Reference cells, each distinct one read once: a bare PCD reference ("PCD 1307", "pcd-1307") by its number, with
 * no string built or hashed per row; any other cell by its text. Either way to the groups of its reference: those of
 * a reference the index knows are kept by its entry's ordinal, in an array, and only unknown references need a Map.
 */
export class RefCells {
  readonly none = new RefGroups(null, undefined);
  private readonly byEntry: (RefGroups | undefined)[];
  private readonly unknownByRef = new Map<string, RefGroups>();
  private readonly unknownByPcd = new Map<number, RefGroups>();
  private readonly byText = new Map<string, RefSpelling>();

  constructor(
    private readonly index: DecisionIndex,
    private readonly names: LineNames,
  ) {
    this.byEntry = new Array<RefGroups | undefined>(index.entries.size);
  }

  /** A bare PCD reference's groups, by its number. */
  bare(num: number): RefGroups {
    const entry = this.index.byPcdNumber.get(num);
    if (entry !== undefined) return this.groupsOfEntry(entry);
    // No entry by the number is no entry by the reference either: byPcdNumber has every "PCD n" reference.
    let rg = this.unknownByPcd.get(num);
    if (rg === undefined) {
      rg = this.groupsOfUnknown(pcdRef(num));
      this.unknownByPcd.set(num, rg);
    }
    return rg;
  }

  read(text: string): RefSpelling {
    let rs = this.byText.get(text);
    if (rs === undefined) {
      const read = splitByForms(text);
      const entry = read.ref === null ? undefined : this.index.entries.get(read.ref);
      rs = {
        groups:
          read.ref === null
            ? this.none
            : entry !== undefined
              ? this.groupsOfEntry(entry)
              : this.groupsOfUnknown(read.ref),
        rest: read.rest,
        restKey: read.rest === null ? "" : this.names.key(read.rest),
      };
      this.byText.set(text, rs);
    }
    return rs;
  }

  private groupsOfEntry(entry: DecisionEntry): RefGroups {
    return (this.byEntry[entry.ordinal] ??= new RefGroups(entry.ref, entry));
  }

  private groupsOfUnknown(ref: string): RefGroups {
    let rg = this.unknownByRef.get(ref);
    if (rg === undefined) {
      rg = new RefGroups(ref, undefined);
      this.unknownByRef.set(ref, rg);
    }
    return rg;
  }
}
