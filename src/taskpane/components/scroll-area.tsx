import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    overflowX: "auto",
    // Columns sized by their content (Fluent's default is equal fixed columns), at least `minWidth` wide in all.
    "& table": { tableLayout: "auto", minWidth: "var(--dr-table-min-width, 100%)" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * A wide table in a narrow task pane: scrolls sideways, and takes keyboard focus so arrow keys can scroll it.
 * `minWidth` (CSS length) keeps long text columns readable rather than squeezed into the pane's width.
 */
export function ScrollArea(props: { label: string; minWidth?: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const style = props.minWidth ? ({ "--dr-table-min-width": props.minWidth } as CSSProperties) : undefined;
  return (
    <div className={styles.root} style={style} tabIndex={0} role="group" aria-label={props.label}>
      {props.children}
    </div>
  );
}
