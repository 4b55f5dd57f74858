import type { ChartSpec } from "../host/workbook-host";
import { formatPence } from "./cell-text";

/**
 * The clustered-column chart the add-in asked for, drawn as an accessible SVG (it stands in for Excel's native
 * chart, which exceljs cannot save) with its figures in a table beside it for screen readers and for checking.
 */
const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 36, left: 12 };
const COLOURS = ["#0F6CBD", "#8A3707", "#107C10", "#5C2E91"];

export function ChartView({ chart, id }: { chart: ChartSpec; id: string }) {
  const values = chart.series.flatMap((s) => s.pence);
  const max = Math.max(1, ...values.map((v) => Math.abs(v)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const groupW = plotW / Math.max(1, chart.categories.length);
  const barW = (groupW * 0.7) / Math.max(1, chart.series.length);
  const titleId = `${id}-title`;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{chart.title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={titleId}
      >
        <line
          x1={PAD.left}
          y1={PAD.top + plotH}
          x2={WIDTH - PAD.right}
          y2={PAD.top + plotH}
          stroke="#616161"
        />
        {chart.categories.map((label, i) => (
          <g key={label}>
            {chart.series.map((s, j) => {
              const v = Math.abs(s.pence[i] ?? 0);
              const h = (v / max) * plotH;
              return (
                <rect
                  key={s.name}
                  x={PAD.left + i * groupW + groupW * 0.15 + j * barW}
                  y={PAD.top + plotH - h}
                  width={barW - 2}
                  height={h}
                  fill={COLOURS[j % COLOURS.length]}
                />
              );
            })}
            <text x={PAD.left + i * groupW + groupW / 2} y={HEIGHT - 16} textAnchor="middle" fontSize="12">
              {label}
            </text>
          </g>
        ))}
      </svg>
      <ul className="chart-legend">
        {chart.series.map((s, j) => (
          <li key={s.name}>
            <span className="swatch" style={{ background: COLOURS[j % COLOURS.length] }} aria-hidden="true" />
            {s.name}
          </li>
        ))}
      </ul>
      <table className="chart-data">
        <caption>{chart.title}: figures</caption>
        <thead>
          <tr>
            <th scope="col">Financial year</th>
            {chart.series.map((s) => (
              <th scope="col" key={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.categories.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {chart.series.map((s) => (
                <td key={s.name}>{formatPence(s.pence[i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
