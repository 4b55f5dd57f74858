import { describe, expect, it } from "vitest";
import { cli, json } from "../helpers/cli";

describe("delegation: a contract award the DMPC may call in", () => {
  it("names the Director of Strategic Procurement (7.23) and says the DMPC may call it in (4.14)", async () => {
    const r = await cli(["delegation", "--amount", "£1,350,000", "--kind", "contract award"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("Director of Strategic Procurement (DSP)");
    expect(lines[1]).toContain("(para 7.23)");
    expect(lines[2]).toBe(
      "The DMPC may call in for approval any MPS proposal to award a contract of £500,000 or above (para 4.14).",
    );
  });

  it("--json carries the call-in beside the answer, and leaves it out below £500,000", async () => {
    const large = json(
      await cli(["delegation", "--amount", "1350000", "--kind", "contract-award", "--json"]),
    );
    expect(large).toMatchObject({ level: "DSP", paragraph: "7.23" });
    expect(large.callIn).toContain("(para 4.14)");
    const small = json(await cli(["delegation", "--amount", "200000", "--kind", "contract-award", "--json"]));
    expect(small.level).toBe("DSP");
    expect(small).not.toHaveProperty("callIn");
  });
});
