import { describe, expect, it } from "vitest";
import { check, decisionText, withCode } from "./check-helpers";
import { incomeAccepted } from "../../../../src/core/decision/checks/income-accepted";

// A decision that accepts a grant and passes it on: the income's sum said two ways, or more passed on than comes in.

describe("income accepted", () => {
  it("finds the grant accepted stated as another sum in the Financial Comments", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval to accept the Home Office Serious Violence Duty grant for 2025/26.",
      recommendation: [
        "1. Accept the Home Office Serious Violence Duty grant of £2,350,000 for 2025/26.",
        "2. Approve grants totalling £1,980,000 to the 32 London boroughs and the City of London Corporation for the period 1 April 2025 to 31 March 2026, funded from the Serious Violence Duty grant.",
      ].join("\n"),
      financial: [
        "3.1. The Home Office has confirmed a Serious Violence Duty grant to MOPAC of £2,530,000 for 2025/26, payable quarterly in arrears.",
        "3.2. Of this, £1,980,000 will be passed to the 33 local authorities and £370,000 will be retained by MOPAC.",
      ].join("\n"),
    });
    const found = withCode(check(text, incomeAccepted).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£2,530,000");
  });

  it("finds more passed on than the grant brings in where the whole of it is passed on", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval to accept the Hotspot Action Fund grant and to pass the whole of it on.",
      recommendation: [
        "1. Accept the Home Office Hotspot Action Fund grant of £4,000,000 for the period 1 April 2025 to 31 March 2026.",
        "2. Approve the transfer of £3,250,000 of the grant to the Metropolitan Police Service to fund additional hotspot patrols in 2025/26.",
        "3. Approve grants totalling £850,000 to Immediate Justice providers for the period 1 July 2025 to 31 March 2026, funded from the Hotspot Action Fund grant.",
      ].join("\n"),
      financial: [
        "3.1. The Home Office Hotspot Action Fund grant for 2025/26 is £4,000,000.",
        "3.2. The whole of the grant will be passed on: £3,250,000 to the MPS and £850,000 to the Immediate Justice providers.",
      ].join("\n"),
    });
    const found = withCode(check(text, incomeAccepted).findings, "TOTAL_MISMATCH");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("£4,100,000");
  });

  it("finds nothing where the grant is stated alike and the spending is within it", () => {
    const text = decisionText({
      summary:
        "This decision seeks approval to accept the Hotspot Action Fund grant and to pass the whole of it on.",
      recommendation: [
        "1. Accept the Home Office Hotspot Action Fund grant of £4,000,000 for the period 1 April 2025 to 31 March 2026.",
        "2. Approve the transfer of £3,150,000 of the grant to the Metropolitan Police Service to fund additional hotspot patrols in 2025/26.",
        "3. Approve grants totalling £850,000 to Immediate Justice providers for the period 1 July 2025 to 31 March 2026, funded from the Hotspot Action Fund grant.",
      ].join("\n"),
      financial: [
        "3.1. The Home Office Hotspot Action Fund grant for 2025/26 is £4,000,000.",
        "3.2. The whole of the grant will be passed on. In 2024/25 MOPAC received £3,600,000 under PCD 1716.",
      ].join("\n"),
    });
    expect(check(text, incomeAccepted).findings).toEqual([]);
  });
});
