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
  mergeClasses,
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
        <Table size="small" aria-label={`Approvals in ${d.ref}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.figure}>Figure</TableHeaderCell>
              <TableHeaderCell>Quote</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {d.approvals.map((a, i) => (
              <TableRow key={i}>
                <TableCell className={styles.figure}>
                  <div className={styles.stack}>
                    <Text weight="semibold" className={styles.money}>
                      {a.qualifier === "exact" ? "" : `${a.qualifier} `}
                      {formatPounds(a.pence)}
                    </Text>
                    <span>
                      {a.kind}
                      {a.recipient ? ` to ${a.recipient}` : ""}
                    </span>
                    <span>
                      {a.start || a.end ? `${a.start ?? "?"} to ${a.end ?? "?"}` : "period not given"}
                    </span>
                  </div>
                </TableCell>
                <TableCell className={styles.quote}>
                  <QuoteInContext text={d.text} offset={a.offset} quote={a.quote} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Text as="h4" weight="semibold">
        Allocations by line and financial year
      </Text>
      {d.allocations.length === 0 ? (
        <Text>The decision fixes no split by financial year.</Text>
      ) : (
        <Table size="small" aria-label={`Allocations in ${d.ref}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.figure}>Figure</TableHeaderCell>
              <TableHeaderCell>Quote</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {d.allocations.map((a, i) => (
              <TableRow key={i}>
                <TableCell className={styles.figure}>
                  <div className={styles.stack}>
                    <Text weight="semibold" className={styles.money}>
                      {formatPounds(a.pence)}
                    </Text>
                    <span>{a.line || "(whole decision)"}</span>
                    <span>{a.fy}</span>
                  </div>
                </TableCell>
                <TableCell className={styles.quote}>
                  <QuoteInContext text={d.text} offset={a.offset} quote={a.quote} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Text as="h4" weight="semibold">
        Every amount in the text
      </Text>

      <Table size="small" aria-label={`Amounts in ${d.ref}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.figure}>Amount</TableHeaderCell>
            <TableHeaderCell>Quote</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.amounts.map((a, i) => (
            <TableRow key={i}>
              <TableCell className={mergeClasses(styles.figure, styles.money)}>
                {formatPounds(a.pence)}
              </TableCell>
              <TableCell className={styles.quote}>
                <QuoteInContext text={d.text} offset={a.offset} quote={a.quote} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Text as="h4" weight="semibold">
        Findings
      </Text>
      <FindingsList findings={d.findings} text={d.text} empty="The checks found nothing." />
    </section>
  );
}
