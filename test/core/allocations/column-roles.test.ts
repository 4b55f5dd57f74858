import { describe, expect, it } from "vitest";
import { classifyHeader, headerKey } from "../../../src/core/allocations/column-roles";
import { totalKind } from "../../../src/core/allocations/total-labels";

describe("classifyHeader", () => {
  it.each([
    ["Decision", "ref"],
    ["PCD", "ref"],
    ["Decision Ref.", "ref"],
    ["reference", "ref"],
    ["Service name", "line"],
    ["Budget-line", "line"],
    ["PROGRAMME", "line"],
    ["Supplier", "provider"],
    ["Source of funds", "fundingSource"],
    ["Funding", "fundingSource"],
    ["Financial Year", "fy"],
    ["Year", "fy"],
    ["Value (£)", "amount"],
    ["Amount (GBP)", "amount"],
    ["Budget", "amount"],
  ])("%s is a %s column", (header, role) => {
    expect(classifyHeader(header)?.role).toBe(role);
  });

  it.each([
    ["23/24 Allocation", "2023/24"],
    ["2024/25", "2024/25"],
    ["FY 2025-26", "2025/26"],
    ["Budget 2023-2024 (£)", "2023/24"],
  ])("%s is the amount column of %s", (header, fy) => {
    expect(classifyHeader(header)).toEqual({ role: "fyAmount", fy });
  });

  it.each(["Notes", "2023/24 Actual", "Forecast 2024/25", "Variance 23/24", "MOPAC Budget 2023–25", ""])(
    "%j names no role",
    (header) => {
      expect(classifyHeader(header)).toBeNull();
    },
  );

  it("keys ignore case, spaces, punctuation and £", () => {
    expect(headerKey("  Decision_REF. (£) ")).toBe("decisionref");
  });
});

describe("totalKind", () => {
  it.each([
    ["Total", "total"],
    ["TOTALS", "total"],
    ["Grand total", "total"],
    ["Sub-total", "subtotal"],
    ["Subtotal", "subtotal"],
    ["sub total", "subtotal"],
    ["Total PCD 1307", "qualified"],
    ["Drive total", "qualified"],
    ["Totally Safe Streets", null],
    ["Drive", null],
  ])("%s is %s", (label, kind) => {
    expect(totalKind(label)).toBe(kind);
  });
});

describe("amounts in thousands or millions", () => {
  it.each([
    ["2023/24 (£000)", { role: "fyAmount", fy: "2023/24", scale: 1000 }],
    ["Budget 2024/25 £'000", { role: "fyAmount", fy: "2024/25", scale: 1000 }],
    ["Amount (£k)", { role: "amount", scale: 1000 }],
    ["Budget (£m)", { role: "amount", scale: 1_000_000 }],
    ["Value (£)", { role: "amount" }],
    ["Budget 2023-2024 (£)", { role: "fyAmount", fy: "2023/24" }],
  ])("%s", (header, heading) => {
    expect(classifyHeader(header)).toEqual(heading);
  });
});
