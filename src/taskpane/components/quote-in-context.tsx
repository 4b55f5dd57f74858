import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2, whiteSpace: "pre-wrap" },
  mark: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** How much of the surrounding text to show on each side of a quote, at most. */
const REACH = 160;

/**
 * The words around a quote in the decision's text: back to the start of its sentence or line, on to the end of it
 * (at most REACH characters each way), so the analyst sees what the figure was said to be for.
 */
export function quoteContext(
  text: string,
  offset: number,
  length: number,
): { before: string; quote: string; after: string } {
  const end = offset + length;
  let from = offset;
  while (from > 0 && offset - from < REACH) {
    const c = text[from - 1];
    if (c === "\n" || ((c === " " || c === "\t") && text[from - 2] === ".")) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < REACH) {
    const c = text[to];
    if (c === "\n") break;
    to++;
    if (c === "." && (text[to] === " " || text[to] === "\n" || to === text.length)) break;
  }
  return {
    before: (from > 0 && offset - from >= REACH ? "…" : "") + text.slice(from, offset).trimStart(),
    quote: text.slice(offset, end),
    after: text.slice(end, to).trimEnd() + (to < text.length && to - end >= REACH ? "…" : ""),
  };
}

/** A quote shown as text inside its sentence, the quoted words marked. Never HTML. */
export function QuoteInContext(props: { text: string; offset: number; quote: string }): JSX.Element {
  const styles = useStyles();
  const inText = props.text.slice(props.offset, props.offset + props.quote.length) === props.quote;
  if (!inText) return <span className={styles.root}>{props.quote}</span>;
  const c = quoteContext(props.text, props.offset, props.quote.length);
  return (
    <span className={styles.root}>
      {c.before}
      <mark className={styles.mark}>{c.quote}</mark>
      {c.after}
    </span>
  );
}
