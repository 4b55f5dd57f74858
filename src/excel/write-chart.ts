import type { ChartSpec } from "../host/workbook-host";
import { penceToPoundsNumber } from "../core/report/output-sheet";
import { boxAddress } from "./a1-address";
import { ownedSheet } from "./owned-sheets";

/** The chart's name on its sheet, so a re-run replaces it. */
export const CHART_NAME = "DecisionReconciler.chart";
/** Where the chart's data block sits on the owned sheet, so a re-run clears the old one. */
const CHART_DATA_PROPERTY = "DecisionReconciler.chartData";

/** The chart's data: a header row (Financial year, series…) and one row of pounds per category. */
export function chartDataRows(chart: ChartSpec): (string | number)[][] {
  return [
    ["Financial year", ...chart.series.map((s) => s.name)],
    ...chart.categories.map((label, i) => [
      label,
      ...chart.series.map((s) => penceToPoundsNumber(s.pence[i] ?? 0)),
    ]),
  ];
}

/**
 * A native clustered-column chart of the series by financial year on the add-in's sheet `chart.sheet`, replacing
 * the previous one. Its data is written beside the sheet's content (to the right of the used range) in pounds.
 */
export async function writeChart(context: Excel.RequestContext, chart: ChartSpec): Promise<void> {
  const { sheet } = await ownedSheet(context, chart.sheet);
  const previous = sheet.charts.getItemOrNullObject(CHART_NAME);
  const oldData = sheet.customProperties.getItemOrNullObject(CHART_DATA_PROPERTY);
  oldData.load("value");
  await context.sync();
  if (!previous.isNullObject) previous.delete();
  if (!oldData.isNullObject) {
    sheet.getRange(String(oldData.value)).clear("All");
    oldData.delete();
  }
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("columnIndex,columnCount");
  await context.sync();
  const rows = chartDataRows(chart);
  const left = used.isNullObject ? 1 : used.columnIndex + used.columnCount + 2;
  const address = boxAddress({ top: 1, left, bottom: rows.length, right: left + chart.series.length });
  const data = sheet.getRange(address);
  data.values = rows;
  sheet.getRange(
    boxAddress({ top: 2, left: left + 1, bottom: rows.length, right: left + chart.series.length }),
  ).numberFormat = rows.slice(1).map((r) => r.slice(1).map(() => "£#,##0"));
  sheet.customProperties.add(CHART_DATA_PROPERTY, address);
  const added = sheet.charts.add(Excel.ChartType.columnClustered, data, Excel.ChartSeriesBy.columns);
  added.name = CHART_NAME;
  added.title.text = chart.title;
  added.setPosition(boxAddress({ top: rows.length + 3, left, bottom: rows.length + 3, right: left }));
  await context.sync();
}
