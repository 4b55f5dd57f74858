import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { LongTask } from "../long-task";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    marginBlock: tokens.spacingVerticalM,
  },
  field: { flexGrow: 1 },
});

/** The progress of long work, with a Cancel button; nothing when idle. */
export function ProgressPanel(props: { task: LongTask }): JSX.Element | null {
  const styles = useStyles();
  const p = props.task.progress;
  if (!p) return null;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={p.label} validationState="none">
        <ProgressBar value={p.fraction} max={1} thickness="large" aria-label={p.label} />
      </Field>
      <Button onClick={props.task.cancel}>Cancel</Button>
    </div>
  );
}
