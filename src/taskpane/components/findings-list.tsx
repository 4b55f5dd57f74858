import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { QuoteInContext } from "./quote-in-context";
import { SeverityBadge } from "./status-badge";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
  item: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
    whiteSpace: "pre-wrap",
  },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

export interface ShownFinding extends Finding {
  file?: string;
  resolution?: string;
}

/** Findings with their severity, message and the words quoted from the decision (always as text). */
export function FindingsList(props: {
  findings: readonly ShownFinding[];
  /** The decision's text, to show each quote within its sentence. */
  text?: string;
  empty?: string;
}): JSX.Element {
  const styles = useStyles();
  if (props.findings.length === 0) return <Text>{props.empty ?? "No findings."}</Text>;
  return (
    <ul className={styles.list}>
      {props.findings.map((f, i) => (
        <li key={i} className={styles.item}>
          <div className={styles.head}>
            <SeverityBadge severity={f.severity} />
            <Text weight="semibold">{f.ref ?? (f.place ? `${f.place.sheet}!${f.place.cell}` : "")}</Text>
            <Text size={200} className={styles.code}>
              {f.code}
            </Text>
          </div>
          <Text as="p">{f.message}</Text>
          {f.quotes.map((q, j) => (
            <blockquote key={j} className={styles.quote}>
              {props.text === undefined ? (
                q.quote
              ) : (
                <QuoteInContext text={props.text} offset={q.offset} quote={q.quote} />
              )}
            </blockquote>
          ))}
          {f.file ? <Text size={200}>From {f.file}</Text> : null}
        </li>
      ))}
    </ul>
  );
}
