import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
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
import { useState } from "react";
import { formatPounds } from "../../core/money/format-money";
import { parseMoney } from "../../core/money/parse-money";
import type { Pence } from "../../core/money/pence";
import {
  profileAmount,
  type Profile,
  type ProfileBasis,
  type ProfileBucketing,
} from "../../core/profile/profile";
import { problemText } from "../long-task";
import { profileSheet, type ProfileRequest } from "../profile-sheet";
import { useSession } from "../session";
import { readWorkbookRegister } from "../workbook-register";
import { ErrorMessage } from "../components/error-message";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  fields: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: "repeat(auto-fill, minmax(12em, 1fr))",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  money: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", textAlign: "right" },
});

/** An approval the analyst can profile: from an imported decision or a whole-period row of the register. */
interface Pickable {
  key: string;
  label: string;
  pence: Pence;
  start: string;
  end: string;
}

const byNames: Record<ProfileBucketing, string> = {
  fy: "financial year",
  quarter: "quarter",
  month: "month",
};

/** Profile: splits an amount over a period into financial years, quarters or months, exactly to the penny. */
export function ProfileView(props: { headingId: string }): JSX.Element {
  const styles = useStyles();
  const session = useSession();
  const [amount, setAmount] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [basis, setBasis] = useState<ProfileBasis>("months");
  const [by, setBy] = useState<ProfileBucketing>("fy");
  const [what, setWhat] = useState("entered by hand");
  const [picked, setPicked] = useState("");
  const [registerApprovals, setRegisterApprovals] = useState<Pickable[]>([]);
  const [result, setResult] = useState<{ request: ProfileRequest; profile: Profile } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);

  const fromDecisions: Pickable[] = session.decisions.flatMap((d) =>
    d.approvals.flatMap((a, i) =>
      a.start && a.end
        ? [
            {
              key: `d|${d.ref}|${i}`,
              label: `${d.ref} ${a.kind} ${formatPounds(a.pence)}, ${a.start} to ${a.end}`,
              pence: a.pence,
              start: a.start,
              end: a.end,
            },
          ]
        : [],
    ),
  );
  const choices = [...fromDecisions, ...registerApprovals];

  const loadRegister = async () => {
    try {
      const reg = await readWorkbookRegister(session.host);
      setRegisterApprovals(
        reg.rows.flatMap((r, i) =>
          r.row.fy === null && r.row.approvedPence !== null && r.row.start && r.row.end
            ? [
                {
                  key: `r|${i}`,
                  label: `${r.row.ref} (register row ${r.sheetRow}) ${formatPounds(r.row.approvedPence)}, ${r.row.start} to ${r.row.end}`,
                  pence: r.row.approvedPence,
                  start: r.row.start,
                  end: r.row.end,
                },
              ]
            : [],
        ),
      );
    } catch (e) {
      setError(problemText(e));
    }
  };

  const pick = (key: string) => {
    setPicked(key);
    const c = choices.find((x) => x.key === key);
    if (!c) return;
    setAmount(formatPounds(c.pence));
    setStart(c.start);
    setEnd(c.end);
    setWhat(c.label);
    setResult(null);
  };

  const show = () => {
    setError(null);
    setWritten(null);
    try {
      const totalPence = parseMoney(amount);
      const profile = profileAmount({ totalPence, start, end, basis, by });
      setResult({ request: { what, start, end, by }, profile });
    } catch (e) {
      setResult(null);
      setError(problemText(e));
    }
  };

  const write = async () => {
    if (!result) return;
    setError(null);
    try {
      const sheet = profileSheet(result);
      await session.host.writeOutputSheet(sheet);
      setWritten(`Wrote the profile to the "${sheet.name}" sheet.`);
    } catch (e) {
      setError(problemText(e));
    }
  };

  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" id={props.headingId}>
        Profile an amount
      </Subtitle1>
      <Field
        label="Approval to profile"
        hint="From the imported decisions and the register's whole-period rows"
      >
        <Select value={picked} onFocus={() => void loadRegister()} onChange={(_, d) => pick(d.value)}>
          <option value="">Enter the figures below</option>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.fields}>
        <Field label="Amount" hint="e.g. £1,250,000">
          <Input
            value={amount}
            onChange={(_, d) => {
              setAmount(d.value);
              setWhat("entered by hand");
            }}
          />
        </Field>
        <Field label="Start date">
          <Input type="date" value={start} onChange={(_, d) => setStart(d.value)} />
        </Field>
        <Field label="End date">
          <Input type="date" value={end} onChange={(_, d) => setEnd(d.value)} />
        </Field>
        <Field label="Basis">
          <Select value={basis} onChange={(_, d) => setBasis(d.value as ProfileBasis)}>
            <option value="months">Months (each calendar month alike)</option>
            <option value="days">Days (each day alike)</option>
          </Select>
        </Field>
        <Field label="Split by">
          <Select value={by} onChange={(_, d) => setBy(d.value as ProfileBucketing)}>
            <option value="fy">Financial year</option>
            <option value="quarter">Quarter</option>
            <option value="month">Month</option>
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!amount || !start || !end} onClick={show}>
          Show profile
        </Button>
        <Button disabled={!result} onClick={() => void write()}>
          Write to the workbook
        </Button>
      </div>
      <ErrorMessage text={error} />
      <div role="status">
        {written ? (
          <MessageBar intent="success">
            <MessageBarBody>{written}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {result ? (
        <Table size="small" aria-label={`Profile by ${byNames[result.request.by as ProfileBucketing]}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{byNames[result.request.by as ProfileBucketing]}</TableHeaderCell>
              <TableHeaderCell>From</TableHeaderCell>
              <TableHeaderCell>To</TableHeaderCell>
              <TableHeaderCell>Amount</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.profile.buckets.map((b) => (
              <TableRow key={b.label}>
                <TableCell>{b.label}</TableCell>
                <TableCell>{b.start}</TableCell>
                <TableCell>{b.end}</TableCell>
                <TableCell className={styles.money}>{formatPounds(b.pence)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>
                <Text weight="semibold">Total</Text>
              </TableCell>
              <TableCell />
              <TableCell />
              <TableCell className={styles.money}>
                <Text weight="semibold">{formatPounds(result.profile.totalPence)}</Text>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}
