import { Subtitle1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FindingsList } from "../components/findings-list";
import { useSession } from "../session";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalM } });

/**
 * Findings: what the checks found in each imported decision (with the quotes that show it), then what the last
 * reconciliation found in the workbook and the register.
 */
export function FindingsView(props: { headingId: string }): JSX.Element {
  const styles = useStyles();
  const { decisions, reconciliation } = useSession();
  const fromWorkbook = (reconciliation?.result.findings ?? []).filter((f) => !f.file || f.resolution);
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" id={props.headingId}>
        Findings
      </Subtitle1>
      <section aria-labelledby={`${props.headingId}-decisions`} className={styles.root}>
        <Subtitle2 as="h3" id={`${props.headingId}-decisions`}>
          In the imported decisions
        </Subtitle2>
        {decisions.length === 0 ? <Text>No decision imported yet.</Text> : null}
        {decisions.map((d) => (
          <section key={d.ref} aria-label={`Findings in ${d.ref}`} className={styles.root}>
            <Text as="h4" weight="semibold">
              {d.ref} ({d.file})
            </Text>
            <FindingsList
              findings={d.findings.map((f) => ({ ...f, ref: f.ref ?? d.ref }))}
              text={d.text}
              empty="The checks found nothing."
            />
          </section>
        ))}
      </section>
      <section aria-labelledby={`${props.headingId}-reconciliation`} className={styles.root}>
        <Subtitle2 as="h3" id={`${props.headingId}-reconciliation`}>
          From the last reconciliation
        </Subtitle2>
        {reconciliation ? (
          <>
            <Text>
              Of {reconciliation.scope}: the workbook&apos;s tables, the register, and analysts&apos;
              resolutions.
            </Text>
            <FindingsList findings={fromWorkbook} empty="Nothing beyond the decisions' own findings." />
          </>
        ) : (
          <Text>No reconciliation run yet.</Text>
        )}
      </section>
    </div>
  );
}
