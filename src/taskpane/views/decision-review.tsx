import {
  Subtitle2,
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
import type { DecisionRecord } from "../../core/decision/decision-record";
import { formatPounds } from "../../core/money/format-money";
import { FindingsList } from "../components/findings-list";
import { QuoteInContext } from "../components/quote-in-context";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  quote: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: "pre-wrap",
    verticalAlign: "top",
    paddingBlock: tokens.spacingVerticalS,
  },
  figure: { width: "38%", verticalAlign: "top", paddingBlock: tokens.spacingVerticalS },
  stack: { display: "grid", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  money: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** Figures beside the words they came from: one row a figure, its quote shown in its sentence, as text. */
function FigureTable<T extends { quote: string; offset: number }>(props: {
  label: string;
  heading?: string;
  text: string;
  items: readonly T[];
  figure: (item: T) => JSX.Element;
}): JSX.Element {
  const styles = useStyles();
  return (
    <Table size="small" aria-label={props.label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.figure}>{props.heading ?? "Figure"}</TableHeaderCell>
          <TableHeaderCell>Quote</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.items.map((item, i) => (
          <TableRow key={i}>
            <TableCell className={styles.figure}>{props.figure(item)}</TableCell>
            <TableCell className={styles.quote}>
              <QuoteInContext text={props.text} offset={item.offset} quote={item.quote} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * One decision as read, before anything is written: every figure (approvals, allocations by line and year, every
 * amount in the text) beside the words it came from, and what the checks found.
 */
export function DecisionReview(props: { record: DecisionRecord; headingId: string }): JSX.Element {
  const styles = useStyles();
  const d = props.record;
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;
  return (
    <section className={styles.root} aria-labelledby={props.headingId}>
      <Subtitle2 as="h3" id={props.headingId}>
        {d.ref}
        {d.title ? ` — ${d.title}` : ""}
      </Subtitle2>
      <Text>
        From {d.file}
        {d.decisionBy ? `; decided by the ${d.decisionBy}` : ""}
        {d.dateSigned ? `; signed ${d.dateSigned}` : "; no approval date found"}.{" "}
        {n(d.approvals.length, "approval")}, {n(d.allocations.length, "allocation")},{" "}
        {n(d.findings.length, "finding")}.
      </Text>

      <Text as="h4" weight="semibold">
        Approvals
      </Text>
      {d.approvals.length === 0 ? (
        <Text>No approval found.</Text>
      ) : (
        <FigureTable
          label={`Approvals in ${d.ref}`}
          text={d.text}
          items={d.approvals}
          figure={(a) => (
            <div className={styles.stack}>
              <Text weight="semibold" className={styles.money}>
                {a.qualifier === "exact" ? "" : `${a.qualifier} `}
                {formatPounds(a.pence)}
              </Text>
              <span>
                {a.kind}
                {a.recipient ? ` to ${a.recipient}` : ""}
              </span>
              <span>{a.start || a.end ? `${a.start ?? "?"} to ${a.end ?? "?"}` : "period not given"}</span>
              {a.fundingSource ? <span>funded from {a.fundingSource}</span> : null}
            </div>
          )}
        />
      )}

      <Text as="h4" weight="semibold">
        Allocations by line and financial year
      </Text>
      {d.allocations.length === 0 ? (
        <Text>The decision fixes no split by financial year.</Text>
      ) : (
        <FigureTable
          label={`Allocations in ${d.ref}`}
          text={d.text}
          items={d.allocations}
          figure={(a) => (
            <div className={styles.stack}>
              <Text weight="semibold" className={styles.money}>
                {formatPounds(a.pence)}
              </Text>
              <span>{a.line || "(whole decision)"}</span>
              <span>{a.fy}</span>
            </div>
          )}
        />
      )}

      <Text as="h4" weight="semibold">
        Every amount in the text
      </Text>
      <FigureTable
        label={`Amounts in ${d.ref}`}
        heading="Amount"
        text={d.text}
        items={d.amounts}
        figure={(a) => <span className={styles.money}>{formatPounds(a.pence)}</span>}
      />

      <Text as="h4" weight="semibold">
        Findings
      </Text>
      <FindingsList findings={d.findings} text={d.text} empty="The checks found nothing." />
    </section>
  );
}
