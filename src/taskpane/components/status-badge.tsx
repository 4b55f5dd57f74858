import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import type { ReconciliationStatus } from "../../core/reconcile/reconciliation";
import type { Severity } from "../../core/findings/finding";

const statusColour: Record<ReconciliationStatus, BadgeProps["color"]> = {
  MATCHED: "success",
  OVER: "danger",
  UNDER: "warning",
  NO_DECISION: "danger",
  OUTSIDE_PERIOD: "danger",
  UNPROFILED: "informative",
  DECISION_INCONSISTENT: "important",
};

/** "NO_DECISION" as an analyst reads it: "No decision". */
export function statusWords(status: ReconciliationStatus): string {
  const words = status.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A badge whose words wrap in a narrow column rather than spill out of it. */
const useStyles = makeStyles({
  wrap: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "center" },
});

export function StatusBadge(props: { status: ReconciliationStatus }): JSX.Element {
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={statusColour[props.status]} shape="rounded" className={styles.wrap}>
      {statusWords(props.status)}
    </Badge>
  );
}

const severityColour: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function SeverityBadge(props: { severity: Severity }): JSX.Element {
  return (
    <Badge appearance="tint" color={severityColour[props.severity]} shape="rounded">
      {props.severity === "error" ? "Error" : props.severity === "warning" ? "Warning" : "Note"}
    </Badge>
  );
}
