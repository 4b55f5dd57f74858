import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { describeViolations, openPage, runAxe, screenshot, startPreview, type OpenedPage } from "./harness";

/**
 * The task pane's five views in headless Chromium, on the preview over the bundled example workbook: import (text
 * files and a PDF) with the review step, the register, reconciliation (statuses, figures, going to a cell), a profile
 * and the findings. Each view is screenshotted and passes axe with no violations; no request leaves this machine.
 */
const repo = resolve(__dirname, "../..");
const decisions = resolve(repo, "../shared/fixtures/decisions");
const pdfs = resolve(repo, "test/fixtures/pdf");
const APP = '[data-testid="decision-reconciler"]';

let preview: Awaited<ReturnType<typeof startPreview>>;
let opened: OpenedPage;
let app: Locator;

/** Opens a view by its tab and returns its panel. */
async function openView(name: string): Promise<Locator> {
  await app.getByRole("tablist", { name: "Views" }).getByRole("tab", { name }).click();
  const panel = app.getByRole("tabpanel", { name });
  await panel.waitFor();
  return panel;
}

/** The Approved figure (pounds) the workbook's Decisions sheet holds for a ref, line and year. */
async function registerApproved(ref: string, line: string, fy: string): Promise<unknown> {
  return opened.page.evaluate(
    async ([ref, line, fy]) => {
      const wb = await window.previewHost!.readWorkbook();
      const rows = wb.sheets.find((s) => s.sheet === "Decisions")?.rows ?? [];
      return rows.find((r) => r[0] === ref && r[1] === line && r[2] === fy)?.[3] ?? null;
    },
    [ref, line, fy] as const,
  );
}

/** Scrolls the task pane to `at`, then saves a screenshot of the page to test-artifacts/screenshots/. */
async function shot(name: string, at: Locator): Promise<void> {
  await at.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await screenshot(opened.page, name);
}

async function expectAxeClean(view: string): Promise<void> {
  const violations = await runAxe(opened.page, { include: APP });
  expect(violations, `${view}: ${describeViolations(violations)}`).toEqual([]);
}

beforeAll(async () => {
  preview = await startPreview();
  opened = await openPage(preview.url, { viewport: { width: 1400, height: 1000 } });
  app = opened.page.locator(APP);
  await app.getByRole("heading", { name: "Decision Reconciler", level: 1 }).waitFor();
});

afterAll(async () => {
  await opened?.close();
  await preview?.stop();
});

describe("task pane views", () => {
  it("moves between views with the keyboard", async () => {
    const tabs = app.getByRole("tablist", { name: "Views" });
    await tabs.getByRole("tab", { name: "Import" }).focus();
    await opened.page.keyboard.press("ArrowRight");
    await opened.page.keyboard.press("Enter");
    await expect(tabs.getByRole("tab", { name: "Register" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    await app.getByRole("heading", { name: "Decisions register" }).waitFor();
    await opened.page.keyboard.press("ArrowLeft");
    await opened.page.keyboard.press("Enter");
    await app.getByRole("heading", { name: "Import decisions" }).waitFor();
  });

  it("cancels reading a batch of PDFs, leaving nothing to review", async () => {
    const panel = await openView("Import");
    const input = panel.getByLabel(/Choose decision records/);
    const all = ["0353", "0663", "1307", "1513", "1732"].flatMap((n) => [
      `${pdfs}/pcd-${n}.chromium.pdf`,
      `${pdfs}/pcd-${n}.libreoffice.pdf`,
    ]);
    await input.setInputFiles(all);
    const cancel = panel.getByRole("button", { name: "Cancel" });
    await cancel.click();
    await panel.getByRole("progressbar").waitFor({ state: "detached" });
    await expect(panel.getByRole("heading", { name: "Review before adding" }).count()).resolves.toBe(0);
  }, 90_000);

  it("reads text files and a PDF, and shows every figure with its quote and the findings before writing", async () => {
    const panel = await openView("Import");
    const before = await opened.page.evaluate(async () =>
      (await window.previewHost!.readWorkbook()).sheets.map((s) => s.sheet),
    );
    await panel
      .getByLabel(/Choose decision records/)
      .setInputFiles([
        `${decisions}/pcd-0353.txt`,
        `${decisions}/pcd-0663.txt`,
        `${decisions}/pcd-1307.txt`,
        `${decisions}/pcd-1513.txt`,
        `${pdfs}/pcd-1732.chromium.pdf`,
      ]);
    await panel.getByRole("heading", { name: "Review before adding" }).waitFor({ timeout: 60_000 });
    const pcd1307 = panel.getByRole("region", { name: /^PCD 1307/ });
    // PCD 1307 contradicts itself: £2,270,000 approved, £2,720,000 stated elsewhere.
    const mismatch = pcd1307.getByRole("listitem").filter({ hasText: "TOTAL_MISMATCH" });
    await expect(mismatch.textContent()).resolves.toMatch(/£2,270,000.*£2,720,000/s);
    await expect(
      pcd1307.getByRole("table", { name: "Allocations in PCD 1307" }).getByRole("row").count(),
    ).resolves.toBeGreaterThan(2);
    const pcd1513 = panel.getByRole("region", { name: /^PCD 1513/ });
    const approvals = pcd1513.getByRole("table", { name: "Approvals in PCD 1513" });
    await expect(approvals.textContent()).resolves.toContain("£1,013,030");
    await expect(approvals.textContent()).resolves.toContain("funded from Drive budget");
    // The figure is shown beside the words it was read from.
    const row = approvals.getByRole("row").filter({ hasText: "£1,013,030" }).first();
    await expect(row.getByRole("cell").last().textContent()).resolves.toMatch(/1,013,030/);
    // The PDF was read too (pdf.js, on this origin).
    const pcd1732 = panel.getByRole("region", { name: /^PCD 1732/ });
    await expect(
      pcd1732.getByRole("table", { name: "Approvals in PCD 1732" }).textContent(),
    ).resolves.toContain("£780,000");
    // Nothing written yet.
    const after = await opened.page.evaluate(async () =>
      (await window.previewHost!.readWorkbook()).sheets.map((s) => s.sheet),
    );
    expect(after).toEqual(before);
    await shot("taskpane-import-review", panel.getByRole("heading", { name: "Review before adding" }));
    await expectAxeClean("import review");

    await panel.getByRole("button", { name: "Add to register" }).click();
    // The example's register already has the analyst's PCD 1307 row: the pane asks before adding rows beside it,
    // listing what it would add, and writes nothing until answered.
    const ask = panel.getByRole("region", { name: "Already in the register" });
    await expect(ask.getByRole("list", { name: "Rows PCD 1307 would add" }).textContent()).resolves.toContain(
      "Drive, 2024/25, £675,000",
    );
    const notYet = await opened.page.evaluate(async () =>
      (await window.previewHost!.readWorkbook()).sheets.map((s) => s.sheet),
    );
    expect(notYet).toEqual(before);
    await expectAxeClean("import: already in the register");
    await ask.getByRole("button", { name: "Keep the register's rows, add the new ones" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Added" }).textContent()).resolves.toMatch(
      /Added PCD 353, PCD 663, PCD 1307, PCD 1513, PCD 1732/,
    );
    await expect(panel.getByRole("heading", { name: "Review before adding" }).count()).resolves.toBe(0);
  }, 90_000);

  it("shows the register: the analyst's row and the imported decisions", async () => {
    const panel = await openView("Register");
    const table = panel.getByRole("table", { name: "Decisions register" });
    await table.waitFor();
    const analyst = table.getByRole("row").filter({ hasText: "Analyst" });
    await expect(analyst.count()).resolves.toBeGreaterThan(0);
    await expect(analyst.first().textContent()).resolves.toContain("PCD 1307");
    await expect(
      table.getByRole("row").filter({ hasText: "PCD 1513" }).first().textContent(),
    ).resolves.toContain("£1,013,030");
    await shot("taskpane-register", panel.getByRole("heading", { name: "Decisions register" }));
    await expectAxeClean("register");
  });

  it("reconciles the workbook, writes the output sheets and chart, and goes to a row's cell", async () => {
    const panel = await openView("Reconcile");
    await panel.getByRole("button", { name: "Reconcile" }).click();
    const results = panel.getByRole("table", { name: "Reconciliation results" });
    await results.waitFor({ timeout: 60_000 });
    const counts = panel.getByRole("list", { name: "Rows by status" });
    const countText = (await counts.textContent()) ?? "";
    for (const [status, n] of [
      ["Matched", 3],
      ["Over", 2],
      ["Under", 1],
      ["No decision", 4],
      ["Outside period", 2],
      ["Unprofiled", 5],
      ["Decision inconsistent", 4],
    ] as const) {
      expect(countText).toContain(`${status} ${n}`);
    }
    await expect(results.getByRole("row").count()).resolves.toBe(22);
    const d15 = results.locator('[data-cell="Budget 2023-25!D15"]');
    await expect(d15.textContent()).resolves.toMatch(/PCD 1999.*No decision/s);
    const e6 = results.locator('[data-cell="Budget 2023-25!E6"]');
    await expect(e6.textContent()).resolves.toMatch(/£470,000.*Decision inconsistent/s);

    const written = await opened.page.evaluate(async () => {
      const h = window.previewHost!;
      return {
        sheets: (await h.readWorkbook()).sheets.map((s) => s.sheet),
        charts: [...h.state().charts.values()],
      };
    });
    expect(written.sheets).toEqual(expect.arrayContaining(["Reconciliation", "Findings", "Profiles"]));
    expect(written.charts.map((c) => c.title)).toContain("Approved against budget by financial year");
    expect(written.charts[0]?.categories).toEqual(expect.arrayContaining(["2023/24", "2024/25"]));

    // Click a row: the workbook selects its budget cell.
    await d15.click();
    await expect
      .poll(() => opened.page.evaluate(() => window.previewHost!.state().reveal))
      .toMatchObject({ sheet: "Budget 2023-25", cell: "D15" });
    // Enter on a row does the same.
    await e6.focus();
    await opened.page.keyboard.press("Enter");
    await expect
      .poll(() => opened.page.evaluate(() => window.previewHost!.state().reveal))
      .toMatchObject({ sheet: "Budget 2023-25", cell: "E6" });
    await shot("taskpane-reconcile", panel.getByRole("heading", { name: /^Results for/ }));
    await expectAxeClean("reconcile");
  }, 90_000);

  it("profiles PCD 1513 by months and writes the profile", async () => {
    const panel = await openView("Profile");
    await panel.getByLabel("Amount").fill("£1,013,030");
    await panel.getByLabel("Start date").fill("2023-10-01");
    await panel.getByLabel("End date").fill("2025-03-31");
    await panel.getByLabel("Basis").selectOption("months");
    await panel.getByLabel("Split by").selectOption("fy");
    await panel.getByRole("button", { name: "Show profile" }).click();
    const table = panel.getByRole("table", { name: /Profile by/ });
    await expect(table.getByRole("row").filter({ hasText: "2023/24" }).textContent()).resolves.toContain(
      "£337,676.67",
    );
    await expect(table.getByRole("row").filter({ hasText: "2024/25" }).textContent()).resolves.toContain(
      "£675,353.33",
    );
    // Picking the approval from the imported decisions fills in the same figures.
    const choice = panel.getByLabel("Approval to profile");
    const option = choice.locator("option", { hasText: "PCD 1513" }).first();
    await choice.selectOption({ value: (await option.getAttribute("value"))! });
    await expect(panel.getByLabel("Amount").inputValue()).resolves.toBe("£1,013,030");
    await expect(panel.getByLabel("Start date").inputValue()).resolves.toBe("2023-10-01");
    await panel.getByRole("button", { name: "Show profile" }).click();
    await expect(table.textContent()).resolves.toContain("£337,676.67");

    await panel.getByRole("button", { name: "Write to the workbook" }).click();
    await panel.getByRole("status").filter({ hasText: "Wrote the profile" }).waitFor();
    const sheet = await opened.page.evaluate(async () => {
      const wb = await window.previewHost!.readWorkbook();
      return wb.sheets.find((s) => s.sheet === "Profile")?.rows ?? null;
    });
    expect(sheet?.[0]).toContain("Bucket");
    expect(sheet?.length).toBe(3);
    await shot("taskpane-profile", panel.getByRole("heading", { name: "Profile an amount" }));
    await expectAxeClean("profile");
  });

  it("lists the findings of the decisions and of the reconciliation, with their quotes", async () => {
    const panel = await openView("Findings");
    const pcd1307 = panel.getByRole("region", { name: "Findings in PCD 1307" });
    const mismatch = pcd1307.getByRole("listitem").filter({ hasText: "TOTAL_MISMATCH" });
    await expect(mismatch.textContent()).resolves.toMatch(/£2,270,000.*£2,720,000/s);
    await expect(mismatch.locator("blockquote").count()).resolves.toBeGreaterThan(0);
    const workbook = panel.getByRole("region", { name: "From the last reconciliation" });
    await expect(workbook.textContent()).resolves.toMatch(/TABLE_TOTAL_MISMATCH.*£390,000/s);
    await shot("taskpane-findings", panel.getByRole("heading", { name: "Findings", exact: true }));
    await expectAxeClean("findings");
  });

  it("reconciles only the selected cells when asked", async () => {
    const panel = await openView("Reconcile");
    await panel.getByRole("radio", { name: "The selected cells" }).check();
    // The selection is the one cell the last result row went to: no table there, and the message says what was sought.
    await panel.getByRole("button", { name: "Reconcile" }).click();
    await expect(panel.getByText(/no budget allocation table found/).textContent()).resolves.toMatch(
      /in the selection Budget 2023-25!E6/,
    );
    await opened.page.evaluate(() =>
      window.previewHost!.select("Budget 2023-25", { top: 5, left: 1, bottom: 16, right: 6 }),
    );
    await panel.getByRole("button", { name: "Reconcile" }).click();
    await panel
      .getByRole("heading", { name: /^Results for the selection Budget 2023-25!A5:F16/ })
      .waitFor({ timeout: 60_000 });
    const cells = await panel
      .getByRole("table", { name: "Reconciliation results" })
      .locator("[data-cell]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-cell") ?? ""));
    expect(cells.length).toBeGreaterThan(0);
    expect(
      cells.every((c) => c.startsWith("Budget 2023-25!") && Number(c.replace(/^.*![A-Z]+/, "")) <= 16),
    ).toBe(true);
    expect(cells).toContain("Budget 2023-25!D15");
    await panel.getByRole("radio", { name: "The whole workbook" }).check();
  }, 90_000);

  it("shows what differs when a decision is imported again, and replaces the add-in's rows only when asked", async () => {
    const panel = await openView("Import");
    // PCD 1307 again, its table now giving £480,000 for Drug Testing in 2023/24.
    const text = readFileSync(`${decisions}/pcd-1307.txt`, "utf8").replace(
      "Drug Testing in Police Custody\t£470,000\t£470,000",
      "Drug Testing in Police Custody\t£480,000\t£470,000",
    );
    expect(text).toContain("£480,000");
    await panel.getByLabel("Or paste a decision's text").fill(text);
    await panel.getByRole("button", { name: "Read pasted text" }).click();
    await panel.getByRole("heading", { name: "Review before adding" }).waitFor({ timeout: 30_000 });
    await panel.getByRole("button", { name: "Add to register" }).click();
    const ask = panel.getByRole("region", { name: "Already in the register" });
    await ask.waitFor();
    const diff = ask.getByRole("table", { name: "Differences between the register and PCD 1307" });
    const row = diff.getByRole("row").filter({ hasText: "Approved" });
    await expect(row.textContent()).resolves.toMatch(
      /Drug Testing in Police Custody 2023\/24.*£470,000.*£480,000.*the add-in/s,
    );
    // Nothing written while the question is open.
    const before = await registerApproved("PCD 1307", "Drug Testing in Police Custody", "2023/24");
    expect(before).toBe(470000);
    await shot("taskpane-import-differences", ask);
    await expectAxeClean("import differences");
    await ask.getByRole("button", { name: "Replace the add-in's rows" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Added" }).textContent()).resolves.toMatch(
      /1 replaced/,
    );
    await expect
      .poll(() => registerApproved("PCD 1307", "Drug Testing in Police Custody", "2023/24"))
      .toBe(480000);
    // The analyst's own PCD 1307 row is as it was.
    const analyst = await opened.page.evaluate(async () => {
      const wb = await window.previewHost!.readWorkbook();
      return wb.sheets.find((s) => s.sheet === "Decisions")?.rows[1]?.slice(0, 4) ?? null;
    });
    expect(analyst).toEqual(["PCD 1307", null, "2023/24", 1360000]);
  }, 90_000);

  it("sends no request off this machine and logs no error", async () => {
    expect(opened.externalRequests).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });
});
