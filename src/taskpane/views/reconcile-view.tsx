import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
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
import { useEffect, useState, type KeyboardEvent } from "react";
import { formatPounds } from "../../core/money/format-money";
import type { Pence } from "../../core/money/pence";
import { RECONCILIATION_STATUSES, type ReconciliationRow } from "../../core/reconcile/reconciliation";
import type { TableInfo } from "../../host/workbook-host";
import { ProgressPanel } from "../components/progress-panel";
import { StatusBadge } from "../components/status-badge";
import { problemText, useLongTask } from "../long-task";
import { runReconcile, type ReconcileScope } from "../reconcile-run";
import { useSession } from "../session";
import { ErrorMessage } from "../components/error-message";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  what: { width: "50%", verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  figures: {
    width: "32%",
    verticalAlign: "top",
    fontVariantNumeric: "tabular-nums",
    paddingBlock: tokens.spacingVerticalS,
  },
  status: { width: "18%", verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  stack: { display: "grid", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  row: {
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  counts: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    listStyleType: "none",
    padding: 0,
    margin: 0,
  },
  message: { color: tokens.colorNeutralForeground2 },
});

const money = (p: Pence | null) => (p === null ? "" : formatPounds(p));

/**
 * Reconcile: a table, the selection or the whole workbook against the register and the imported decisions. Writes
 * the Reconciliation, Findings and Profiles sheets and the chart, then lists each result; a row takes the analyst
 * to its budget cell (click, or Enter).
 */
export function ReconcileView(props: { headingId: string; active: boolean }): JSX.Element {
  const styles = useStyles();
  const session = useSession();
  const task = useLongTask();
  const [scopeKind, setScopeKind] = useState<ReconcileScope["kind"]>("workbook");
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [table, setTable] = useState("");
  const [written, setWritten] = useState<string[]>([]);
  const [selectError, setSelectError] = useState<string | null>(null);
  const last = session.reconciliation;

  useEffect(() => {
    if (!props.active) return;
    let live = true;
    session.host
      .listTables()
      .then((t) => {
        if (!live) return;
        setTables(t);
        setTable((old) => (old && t.some((x) => x.name === old) ? old : (t[0]?.name ?? "")));
      })
      .catch(() => live && setTables([]));
    return () => {
      live = false;
    };
  }, [props.active, session.host, session.registerVersion]);

  const run = async () => {
    const scope: ReconcileScope =
      scopeKind === "table"
        ? { kind: "table", name: table }
        : scopeKind === "selection"
          ? { kind: "selection" }
          : { kind: "workbook" };
    const outcome = await task.run("Reconciling", (control) =>
      runReconcile(session.host, scope, session.decisions, control),
    );
    if (outcome) {
      session.setReconciliation({ result: outcome.result, scope: outcome.scope });
      setWritten(outcome.written);
    }
  };

  const go = (row: ReconciliationRow) => {
    setSelectError(null);
    session.host.selectCell(row.sheet, row.cell).catch((e: unknown) => setSelectError(problemText(e)));
  };
  const onKey = (e: KeyboardEvent, row: ReconciliationRow) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      go(row);
    }
  };

  const r = last?.result;
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" id={props.headingId}>
        Reconcile
      </Subtitle1>
      <Text>
        Checks the budget against the Decisions register and the {session.decisions.length} decision
        {session.decisions.length === 1 ? "" : "s"} imported this session.
      </Text>
      <Field label="What to reconcile">
        <RadioGroup value={scopeKind} onChange={(_, d) => setScopeKind(d.value as ReconcileScope["kind"])}>
          <Radio value="workbook" label="The whole workbook" />
          <Radio value="table" label="A table" disabled={tables.length === 0} />
          <Radio value="selection" label="The selected cells" />
        </RadioGroup>
      </Field>
      {scopeKind === "table" ? (
        <Field label="Table">
          <Select value={table} onChange={(_, d) => setTable(d.value)}>
            {tables.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name} ({t.sheet}!{t.range})
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div>
        <Button
          appearance="primary"
          disabled={task.running || (scopeKind === "table" && !table)}
          onClick={() => void run()}
        >
          Reconcile
        </Button>
      </div>
      <ProgressPanel task={task} />
      <ErrorMessage text={task.error} />
      <ErrorMessage text={selectError} />

      {r && last ? (
        <section aria-labelledby={`${props.headingId}-result`} className={styles.root}>
          <Subtitle1 as="h2" id={`${props.headingId}-result`}>
            Results for {last.scope}
          </Subtitle1>
          <div role="status">
            <Text>
              {r.rows.length} budget figure{r.rows.length === 1 ? "" : "s"}: budget{" "}
              {formatPounds(r.totals.budgetPence)}, approved {formatPounds(r.totals.approvedPence)} where a
              decision gives a figure, variance {formatPounds(r.totals.variancePence)}.
              {written.length
                ? ` Wrote the sheets ${written.join(", ")} and a chart of approved against budget by year.`
                : ""}
            </Text>
          </div>
          <ul className={styles.counts} aria-label="Rows by status">
            {RECONCILIATION_STATUSES.filter((s) => r.counts[s] > 0).map((s) => (
              <li key={s}>
                <StatusBadge status={s} /> <Text>{r.counts[s]}</Text>
              </li>
            ))}
          </ul>
          <Text>Select a row (or press Enter on it) to go to its budget cell.</Text>
          <Table size="small" aria-label="Reconciliation results">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.what}>Budget row</TableHeaderCell>
                <TableHeaderCell className={styles.figures}>Budget, approved, variance</TableHeaderCell>
                <TableHeaderCell className={styles.status}>Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.rows.map((row, i) => (
                <TableRow
                  key={i}
                  tabIndex={0}
                  className={styles.row}
                  data-cell={`${row.sheet}!${row.cell}`}
                  onClick={() => go(row)}
                  onKeyDown={(e) => onKey(e, row)}
                >
                  <TableCell className={styles.what}>
                    <div className={styles.stack}>
                      <Text weight="semibold">
                        {row.sheet}!{row.cell}
                      </Text>
                      <Text>{[row.ref ?? row.refText, row.line, row.fy].filter((x) => x).join(" · ")}</Text>
                      <Text size={200} className={styles.message}>
                        {row.message}
                      </Text>
                    </div>
                  </TableCell>
                  <TableCell className={styles.figures}>
                    <div className={styles.stack}>
                      <span>Budget {formatPounds(row.budgetPence)}</span>
                      <span>
                        {row.approvedPence === null
                          ? "No approved figure"
                          : `Approved ${money(row.approvedPence)}`}
                      </span>
                      {row.variancePence === null || row.variancePence === 0 ? null : (
                        <span>Variance {money(row.variancePence)}</span>
                      )}
                    </div>
                  </TableCell>
                  <TableCell className={styles.status}>
                    <StatusBadge status={row.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
