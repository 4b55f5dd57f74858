import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FieldDifference, RegisterConflict } from "../../core/register/register-import-diff";
import { formatPounds } from "../../core/money/format-money";
import type { Pence } from "../../core/money/pence";
import type { ImportPlan } from "../import-plan";

const fieldNames: Record<FieldDifference["field"], string> = {
  line: "Line",
  fy: "FY",
  approvedPence: "Approved",
  recipient: "Recipient",
  start: "Period start",
  end: "Period end",
  fundingSource: "Funding source",
};

function shown(d: FieldDifference, v: string | number | null): string {
  if (v === null) return "(blank)";
  if (d.field === "approvedPence" && typeof v === "number") return formatPounds(v as Pence);
  return String(v);
}

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalS } });

function ConflictRows(props: { conflicts: RegisterConflict[]; who: string }): JSX.Element[] {
  return props.conflicts.flatMap((c) =>
    c.differences.map((d, j) => (
      <TableRow key={`${c.key}-${j}`}>
        <TableCell>
          {c.incoming.ref} row {c.existing.sheetRow}
          {c.incoming.line ? ` (${c.incoming.line}${c.incoming.fy ? ` ${c.incoming.fy}` : ""})` : ""}
        </TableCell>
        <TableCell>{fieldNames[d.field]}</TableCell>
        <TableCell>{shown(d, d.register)}</TableCell>
        <TableCell>{shown(d, d.decision)}</TableCell>
        <TableCell>{props.who}</TableCell>
      </TableRow>
    )),
  );
}

/** How a decision differs from what the register already holds for it, field by field. */
export function ImportDifferences(props: { plan: ImportPlan }): JSX.Element {
  const styles = useStyles();
  const p = props.plan;
  return (
    <div className={styles.root}>
      <Text>
        {p.record.ref} is already in the register. {p.added.length} new row{p.added.length === 1 ? "" : "s"}{" "}
        to add, {p.unchanged.length} unchanged, {p.replaceable.length} written by the add-in that differ
        {p.kept.length > 0
          ? `, and ${p.kept.length} written or edited by an analyst that differ (those are kept)`
          : ""}
        .
      </Text>
      {p.replaceable.length + p.kept.length > 0 ? (
        <Table size="small" aria-label={`Differences between the register and ${p.record.ref}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Register row</TableHeaderCell>
              <TableHeaderCell>Field</TableHeaderCell>
              <TableHeaderCell>In the register</TableHeaderCell>
              <TableHeaderCell>In the decision</TableHeaderCell>
              <TableHeaderCell>Written by</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ConflictRows({ conflicts: p.replaceable, who: "the add-in" })}
            {ConflictRows({ conflicts: p.kept, who: "an analyst (kept)" })}
          </TableBody>
        </Table>
      ) : null}
      {p.added.length > 0 && p.existing.length > 0 ? (
        <>
          <Text>
            The register already has {p.existing.length} row{p.existing.length === 1 ? "" : "s"} for{" "}
            {p.record.ref} (sheet row{p.existing.length === 1 ? "" : "s"}{" "}
            {p.existing.map((r) => r.sheetRow).join(", ")}). Adding these would sit beside them; if an analyst
            moved a row to another year or line, adding it again would count the money twice:
          </Text>
          <ul aria-label={`Rows ${p.record.ref} would add`}>
            {p.added.map((r, i) => (
              <li key={i}>
                {[
                  r.line ?? "(whole decision)",
                  r.fy ?? "(no year)",
                  r.approvedPence === null ? "(no figure)" : formatPounds(r.approvedPence),
                ].join(", ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
