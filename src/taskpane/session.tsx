import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { DecisionRecord } from "../core/decision/decision-record";
import type { Reconciliation } from "../core/reconcile/reconciliation";
import type { WorkbookHost } from "../host/workbook-host";

/**
 * What the task pane holds between views: the host it runs on, the decisions imported this session (added to the
 * register), the last reconciliation, and a counter that rises whenever the workbook's register was written (so the
 * Register view re-reads it).
 */
export interface LastReconciliation {
  result: Reconciliation;
  /** What was reconciled, in words: "the whole workbook", "table Budget2023", "the selection Budget!A1:F9". */
  scope: string;
}

export interface Session {
  host: WorkbookHost;
  decisions: DecisionRecord[];
  /** Adds decisions to the session, replacing any earlier import of the same reference. */
  addDecisions(records: readonly DecisionRecord[]): void;
  reconciliation: LastReconciliation | null;
  setReconciliation(r: LastReconciliation | null): void;
  registerVersion: number;
  registerChanged(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider(props: { host: WorkbookHost; children: ReactNode }): JSX.Element {
  const [decisions, setDecisions] = useState<DecisionRecord[]>([]);
  const [reconciliation, setReconciliation] = useState<LastReconciliation | null>(null);
  const [registerVersion, setRegisterVersion] = useState(0);
  const session = useMemo<Session>(
    () => ({
      host: props.host,
      decisions,
      addDecisions: (records) =>
        setDecisions((old) => {
          const refs = new Set(records.map((r) => r.ref));
          return [...old.filter((d) => !refs.has(d.ref)), ...records];
        }),
      reconciliation,
      setReconciliation,
      registerVersion,
      registerChanged: () => setRegisterVersion((v) => v + 1),
    }),
    [props.host, decisions, reconciliation, registerVersion],
  );
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession is used outside SessionProvider");
  return s;
}
