/*
 * The task pane. CONTRACT with the hosts (Excel: ./index.tsx; the preview: src/preview): render
 * `<App host={…} />`; the views know the workbook only through WorkbookHost (src/host/workbook-host.ts), which has
 * one OPTIONAL method added for the task pane, `importDecision(record, replace)`: it writes a decision's rows into
 * the "Decisions" register (see the note in workbook-host.ts). A host without it still works: imported decisions
 * are kept for the session and used by Reconcile, Profile and Findings.
 */
import {
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../host/workbook-host";
import { SessionProvider } from "./session";
import { FindingsView } from "./views/findings-view";
import { ImportView } from "./views/import-view";
import { ProfileView } from "./views/profile-view";
import { ReconcileView } from "./views/reconcile-view";
import { RegisterView } from "./views/register-view";

const VIEWS = [
  { id: "import", name: "Import" },
  { id: "register", name: "Register" },
  { id: "reconcile", name: "Reconcile" },
  { id: "profile", name: "Profile" },
  { id: "findings", name: "Findings" },
] as const;

type ViewId = (typeof VIEWS)[number]["id"];

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  tabs: { flexWrap: "wrap" },
});

export function App(props: { host: WorkbookHost }): JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <SessionProvider host={props.host}>
        <TaskPane />
      </SessionProvider>
    </FluentProvider>
  );
}

/** The five views behind a tab list (arrow keys move between tabs). Every view stays mounted, so none loses work. */
function TaskPane(): JSX.Element {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>("import");
  const tabId = (id: ViewId) => `dr-tab-${id}`;
  const panelId = (id: ViewId) => `dr-panel-${id}`;
  const headingId = (id: ViewId) => `dr-heading-${id}`;
  return (
    <section className={styles.root} data-testid="decision-reconciler" aria-labelledby="dr-title">
      <Title3 as="h1" id="dr-title">
        Decision Reconciler
      </Title3>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as ViewId)}
        aria-label="Views"
      >
        {VIEWS.map((v) => (
          <Tab key={v.id} id={tabId(v.id)} value={v.id} aria-controls={panelId(v.id)}>
            {v.name}
          </Tab>
        ))}
      </TabList>
      {VIEWS.map((v) => (
        <div
          key={v.id}
          id={panelId(v.id)}
          role="tabpanel"
          aria-labelledby={tabId(v.id)}
          hidden={view !== v.id}
        >
          {v.id === "import" ? <ImportView headingId={headingId(v.id)} /> : null}
          {v.id === "register" ? (
            <RegisterView headingId={headingId(v.id)} active={view === "register"} />
          ) : null}
          {v.id === "reconcile" ? (
            <ReconcileView headingId={headingId(v.id)} active={view === "reconcile"} />
          ) : null}
          {v.id === "profile" ? <ProfileView headingId={headingId(v.id)} /> : null}
          {v.id === "findings" ? <FindingsView headingId={headingId(v.id)} /> : null}
        </div>
      ))}
    </section>
  );
}
