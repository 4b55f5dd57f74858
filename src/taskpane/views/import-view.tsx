import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type DragEvent } from "react";
import type { DecisionRecord } from "../../core/decision/decision-record";
import { ProgressPanel } from "../components/progress-panel";
import { needsAnswer, planImport, type ImportPlan } from "../import-plan";
import { problemText, useLongTask } from "../long-task";
import {
  fileSource,
  pastedSource,
  readDecisionSources,
  type DecisionSource,
  type ReadDecision,
} from "../read-decision-file";
import { useSession } from "../session";
import { readWorkbookRegister } from "../workbook-register";
import { DecisionReview } from "./decision-review";
import { ImportDifferences } from "./import-differences";
import { ErrorMessage } from "../components/error-message";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  drop: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const ACCEPT = ".pdf,.html,.htm,.xhtml,.txt,.text,.md,.markdown,application/pdf,text/html,text/plain";

/**
 * Import: choose, drop or paste decisions; review every figure beside its quote and the findings; then add them to
 * the register. A decision the register already holds shows what differs and asks before replacing rows the add-in
 * wrote; rows an analyst wrote are never overwritten.
 */
export function ImportView(props: { headingId: string }): JSX.Element {
  const styles = useStyles();
  const session = useSession();
  const task = useLongTask();
  const fileInput = useId();
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const [read, setRead] = useState<ReadDecision[]>([]);
  const [plans, setPlans] = useState<ImportPlan[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);

  const readSources = async (sources: DecisionSource[]) => {
    if (sources.length === 0) return;
    setDone(null);
    setPlans(null);
    setWriteError(null);
    const result = await task.run("Reading decisions", (control) => readDecisionSources(sources, control));
    if (result) setRead(result);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void readSources([...e.dataTransfer.files].map(fileSource));
  };

  const records: DecisionRecord[] = read.flatMap((r) => (r.record ? [r.record] : []));

  /** Works out, for each decision, what adding it would change; writes at once when nothing needs asking. */
  const addToRegister = async () => {
    setWriteError(null);
    try {
      const register = await readWorkbookRegister(session.host);
      const planned = records.map((r) => planImport(r, register.rows));
      if (planned.some(needsAnswer)) setPlans(planned);
      else await write(planned, false);
    } catch (e) {
      setWriteError(problemText(e));
    }
  };

  const write = async (planned: ImportPlan[], replace: boolean) => {
    setWriteError(null);
    try {
      let added = 0;
      let updated = 0;
      if (session.host.importDecision) {
        for (const p of planned) {
          const keys = replace ? p.replaceable.map((c) => c.key) : [];
          const w = await session.host.importDecision(p.record, keys);
          added += w.added;
          updated += w.updated;
        }
      }
      session.addDecisions(planned.map((p) => p.record));
      session.registerChanged();
      const refs = planned.map((p) => p.record.ref).join(", ");
      setDone(
        session.host.importDecision
          ? `Added ${refs} to the register: ${added} row${added === 1 ? "" : "s"} added, ${updated} replaced.`
          : `Added ${refs} to this session's register (this workbook host cannot write the register sheet).`,
      );
      setRead([]);
      setPlans(null);
    } catch (e) {
      setWriteError(problemText(e));
    }
  };

  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" id={props.headingId}>
        Import decisions
      </Subtitle1>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={fileInput}>
          <Text weight="semibold">Choose decision records (PDF, HTML or text), or drop them here</Text>
        </label>
        <input
          id={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          disabled={task.running}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            void readSources(files.map(fileSource));
          }}
        />
      </div>
      <Field label="Or paste a decision's text">
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.actions}>
        <Button
          disabled={task.running || pasted.trim() === ""}
          onClick={() => void readSources([pastedSource(pasted)])}
        >
          Read pasted text
        </Button>
      </div>

      <ProgressPanel task={task} />
      <ErrorMessage text={task.error} />
      <div role="status">
        {done ? (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {writeError ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Nothing was written.</MessageBarTitle>
            {writeError}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {read.length > 0 ? (
        <section aria-labelledby={`${props.headingId}-review`} className={styles.root}>
          <Subtitle1 as="h2" id={`${props.headingId}-review`}>
            Review before adding
          </Subtitle1>
          <Text>
            Nothing has been written yet. Check each figure against its quote, then add the decisions to the
            register.
          </Text>
          {read.map((r, i) =>
            r.problem !== undefined ? (
              <MessageBar key={i} intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>Not read</MessageBarTitle>
                  {r.problem}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <DecisionReview key={i} record={r.record} headingId={`${props.headingId}-decision-${i}`} />
            ),
          )}
          {plans ? (
            <section aria-labelledby={`${props.headingId}-ask`} className={styles.root}>
              <Subtitle1 as="h2" id={`${props.headingId}-ask`}>
                Already in the register
              </Subtitle1>
              {plans.filter(needsAnswer).map((p) => (
                <ImportDifferences key={p.record.ref} plan={p} />
              ))}
              <div className={styles.actions}>
                {plans.some((p) => p.replaceable.length > 0) ? (
                  <Button appearance="primary" onClick={() => void write(plans, true)}>
                    Replace the add-in&apos;s rows
                  </Button>
                ) : null}
                <Button onClick={() => void write(plans, false)}>
                  Keep the register&apos;s rows, add the new ones
                </Button>
                <Button onClick={() => setPlans(null)}>Cancel</Button>
              </div>
            </section>
          ) : (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={records.length === 0 || task.running}
                onClick={() => void addToRegister()}
              >
                Add to register
              </Button>
              <Button onClick={() => setRead([])}>Discard</Button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
