import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbookFromBuffer } from "../../src/files/xlsx-workbook";
import { ownedSheetNames } from "../../src/core/reconcile/output-sheets";
import { describeViolations, openPage, runAxe, screenshot, startPreview, type OpenedPage } from "./harness";

/**
 * The preview in headless Chromium over the bundled example: it opens the example, shows its sheets and figures,
 * lets the analyst select cells from the keyboard, opens another .xlsx, downloads the workbook with the add-in's
 * sheets, passes axe with no violations and sends no request off this machine.
 */
const example = resolve(__dirname, "../../examples/budget-2023-25.xlsx");

let preview: Awaited<ReturnType<typeof startPreview>>;
let opened: OpenedPage;

beforeAll(async () => {
  preview = await startPreview();
  opened = await openPage(preview.url);
  await opened.page.getByRole("grid", { name: "Sheet Budget 2023-25" }).waitFor();
  // The first browser test file of a run builds the preview (about 25 s on two idle cores); the others wait for it.
}, 300_000);

afterAll(async () => {
  await opened?.close();
  await preview?.stop();
});

describe("preview without Excel", () => {
  it("opens the bundled example and shows its sheets and figures", async () => {
    const { page } = opened;
    await expect(page.locator(".preview-bar .file").textContent()).resolves.toBe("budget-2023-25.xlsx");
    const sheetTabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
    await expect(sheetTabs.count()).resolves.toBe(4);
    for (const name of ["Budget 2023-25", "Forward plan", "Decisions", "Notes"])
      await expect(sheetTabs.filter({ hasText: name }).count()).resolves.toBeGreaterThan(0);
    const grid = page.getByRole("grid", { name: "Sheet Budget 2023-25" });
    await expect(grid.getByRole("gridcell", { name: "PCD1307" }).count()).resolves.toBeGreaterThan(0);
    await expect(
      grid.getByRole("gridcell", { name: "Drug Testing in Police Custody" }).count(),
    ).resolves.toBe(1);
    // D6 holds 470000 (23/24 allocation for PCD1307): the figure is shown as stored.
    await expect(page.locator("#preview-cell-0-6-4").textContent()).resolves.toBe("470000");
    await screenshot(page, "preview-example");
  });

  it("selects the first allocation table by default, and cells by keyboard and click", async () => {
    const { page } = opened;
    const host = () =>
      page.evaluate(async () => {
        const g = await window.previewHost!.readSelection();
        return { sheet: g.sheet, origin: g.origin, rows: g.rows.length, first: g.rows[0]?.[0] ?? null };
      });
    const initial = await host();
    expect(initial.sheet).toBe("Budget 2023-25");
    expect(initial.origin.row).toBeGreaterThanOrEqual(4);
    expect(initial.rows).toBeGreaterThan(5);

    await page.locator("#preview-cell-0-6-1").click();
    await expect(host()).resolves.toMatchObject({ origin: { row: 6, col: 1 }, rows: 1, first: "PCD1307" });
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await expect(host()).resolves.toMatchObject({ origin: { row: 6, col: 1 }, rows: 2 });
    await expect(page.locator(".selection-line output").textContent()).resolves.toBe("Budget 2023-25!A6:B7");
    // The focused cell moved with the keyboard (roving tab stop).
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("preview-cell-0-7-2");

    await page.getByRole("tab", { name: "Forward plan" }).click();
    await page.getByRole("grid", { name: "Sheet Forward plan" }).waitFor();
    await expect(page.getByRole("gridcell", { name: "£270,000" }).count()).resolves.toBe(1);
  });

  it("writes the add-in's sheet, draws its chart and shows a cell the task pane asks for", async () => {
    const { page } = opened;
    const result = await page.evaluate(async () => {
      const h = window.previewHost!;
      await h.writeOutputSheet({
        name: "Decisions",
        columns: [
          { header: "Ref", kind: "text" },
          { header: "Approved", kind: "money" },
        ],
        rows: [["PCD 1307", 136000000]],
      });
      await h.writeChart({
        sheet: "Decisions",
        title: "Approved against budget by financial year",
        categories: ["2023/24", "2024/25"],
        series: [
          { name: "Budget", pence: [100, 200] },
          { name: "Approved", pence: [150, 200] },
        ],
      });
      await h.selectCell("Budget 2023-25", "D6");
      const wb = await h.readWorkbook();
      return wb.sheets.map((s) => s.sheet);
    });
    // The user's "Decisions" sheet is kept; the add-in's goes beside it under another name.
    expect(result).toEqual(expect.arrayContaining(["Decisions", "Decisions (reconciler)"]));
    await page.getByRole("grid", { name: "Sheet Budget 2023-25" }).waitFor();
    await expect(page.locator("#preview-cell-0-6-4").getAttribute("aria-selected")).resolves.toBe("true");
    await page.getByRole("tab", { name: /Decisions \(reconciler\)/ }).click();
    await expect(
      page.getByRole("img", { name: "Approved against budget by financial year" }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole("gridcell", { name: "1360000" }).count()).resolves.toBe(1);
    await screenshot(page, "preview-owned-sheet-and-chart");
    const violations = await runAxe(page, { include: ".workbook-column" });
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("downloads the workbook with the add-in's sheets marked as the CLI marks them", async () => {
    const { page } = opened;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download workbook" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("budget-2023-25.xlsx");
    const path = join(mkdtempSync(join(tmpdir(), "preview-download-")), "downloaded.xlsx");
    await download.saveAs(path);
    const wb = await readWorkbookFromBuffer("downloaded.xlsx", readFileSync(path));
    expect([...ownedSheetNames(wb)]).toEqual(
      expect.arrayContaining(["reconciler-owned-sheets", "Decisions (reconciler)"]),
    );
    // The analyst's own sheet is unchanged.
    const decisions = wb.sheets.find((s) => s.sheet === "Decisions");
    expect(decisions?.rows[1]?.[0]).toBe("PCD 1307");
    expect(decisions?.rows[1]?.[3]).toBe(1360000);
  });

  it("opens another workbook, and says what is wrong with a file that is not one", async () => {
    const { page } = opened;
    const dir = mkdtempSync(join(tmpdir(), "preview-open-"));
    const csv = join(dir, "budget.xlsx");
    writeFileSync(csv, "Ref,Amount\nPCD 1307,100\n");
    const input = page.getByLabel("Open an .xlsx workbook");
    await input.setInputFiles(csv);
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/budget\.xlsx: .*text file.*\.xlsx/);

    const copy = join(dir, "copy of budget.xlsx");
    writeFileSync(copy, readFileSync(example));
    await input.setInputFiles(copy);
    await page.locator(".preview-bar .file", { hasText: "copy of budget.xlsx" }).waitFor();
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    // A fresh workbook: no add-in sheets from the previous one.
    const sheetTabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
    await expect(sheetTabs.count()).resolves.toBe(4);
    for (const name of ["Budget 2023-25", "Forward plan", "Decisions", "Notes"])
      await expect(sheetTabs.filter({ hasText: name }).count()).resolves.toBeGreaterThan(0);
    await expect(sheetTabs.filter({ hasText: "reconciler" }).count()).resolves.toBe(0);
  });

  it("passes axe with no violations, and sends no request off this machine", async () => {
    const { page, externalRequests, consoleErrors } = opened;
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("serves the page with a Content-Security-Policy that allows its own origin only, and no office.js", async () => {
    const res = await fetch(preview.url);
    const csp = res.headers.get("content-security-policy") ?? "";
    const html = (await res.text()).replace(/<!--[\s\S]*?-->/g, "");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    for (const policy of [csp, meta]) {
      expect(policy).toMatch(/default-src 'self'(;|$)/);
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      // Nothing but 'self' (and data: images, inline styles for Fluent UI) anywhere in the policy.
      expect(policy.replace(/'self'|'unsafe-inline'|'none'|data:/g, "")).not.toMatch(
        /https?:|\*|'unsafe-eval'/,
      );
    }
    expect(html).not.toMatch(/office\.js|https?:\/\//);
  });
});
