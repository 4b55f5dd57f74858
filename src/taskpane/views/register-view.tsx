import {
  Button,
  Subtitle1,
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
import { useCallback, useEffect, useState } from "react";
import { formatPounds } from "../../core/money/format-money";
import { registerFromDecisions } from "../../core/register/register-from-decisions";
import type { RegisterRow } from "../../core/register/register-row";
import { ScrollArea } from "../components/scroll-area";
import { FindingsList } from "../components/findings-list";
import { problemText } from "../long-task";
import { useSession } from "../session";
import { readWorkbookRegister, type WorkbookRegister } from "../workbook-register";
import { ErrorMessage } from "../components/error-message";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  money: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

interface ShownRow {
  row: RegisterRow;
  where: string;
  writtenBy: string;
}

/** Register: the workbook's "Decisions" rows (who wrote each, with the analyst's resolution notes). */
export function RegisterView(props: { headingId: string; active: boolean }): JSX.Element {
  const styles = useStyles();
  const session = useSession();
  const [register, setRegister] = useState<WorkbookRegister | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setError(null);
      setRegister(await readWorkbookRegister(session.host));
    } catch (e) {
      setError(problemText(e));
    }
  }, [session.host]);

  useEffect(() => {
    if (props.active) void refresh();
  }, [props.active, refresh, session.registerVersion]);

  const rows: ShownRow[] = (register?.rows ?? []).map((r) => ({
    row: r.row,
    where: `${register?.sheet ?? ""} row ${r.sheetRow}`,
    writtenBy: r.writtenBy === "add-in" ? "Add-in" : "Analyst",
  }));
  // A host that cannot write the register: the decisions imported this session are shown as such.
  if (!session.host.importDecision) {
    const inSheet = new Set(rows.map((r) => r.row.ref));
    for (const row of registerFromDecisions(session.decisions.filter((d) => !inSheet.has(d.ref)))) {
      rows.push({ row, where: "this session only", writtenBy: "Imported" });
    }
  }

  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" id={props.headingId}>
        Decisions register
      </Subtitle1>
      <Text>
        {register?.sheet
          ? `Sheet "${register.sheet}": ${rows.length} row${rows.length === 1 ? "" : "s"}.`
          : rows.length > 0
            ? `${rows.length} row${rows.length === 1 ? "" : "s"}.`
            : "This workbook has no Decisions register yet: import a decision to start one."}{" "}
        An analyst&apos;s rows and resolution notes are never overwritten by the add-in.
      </Text>
      <div>
        <Button onClick={() => void refresh()}>Refresh</Button>
      </div>
      <ErrorMessage text={error} />
      {rows.length > 0 ? (
        <ScrollArea label="Decisions register, scrolls sideways" minWidth="48em">
          <Table size="small" aria-label="Decisions register">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Ref</TableHeaderCell>
                <TableHeaderCell>Line</TableHeaderCell>
                <TableHeaderCell>FY</TableHeaderCell>
                <TableHeaderCell>Approved</TableHeaderCell>
                <TableHeaderCell>Period</TableHeaderCell>
                <TableHeaderCell>Resolution note</TableHeaderCell>
                <TableHeaderCell>Written by</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r, i) => (
                <TableRow key={i}>
                  <TableCell>{r.row.ref}</TableCell>
                  <TableCell>{r.row.line ?? "(whole decision)"}</TableCell>
                  <TableCell>{r.row.fy ?? "all years"}</TableCell>
                  <TableCell className={styles.money}>
                    {r.row.approvedPence === null ? "" : formatPounds(r.row.approvedPence)}
                  </TableCell>
                  <TableCell>
                    {r.row.start || r.row.end ? `${r.row.start ?? "?"} to ${r.row.end ?? "?"}` : ""}
                  </TableCell>
                  <TableCell>{r.row.resolution ?? ""}</TableCell>
                  <TableCell>
                    {r.writtenBy} ({r.where})
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollArea>
      ) : null}
      {register && register.problems.length > 0 ? (
        <section aria-labelledby={`${props.headingId}-problems`}>
          <Text as="h3" weight="semibold" id={`${props.headingId}-problems`}>
            Cells that could not be read
          </Text>
          <FindingsList findings={register.problems} />
        </section>
      ) : null}
    </div>
  );
}
