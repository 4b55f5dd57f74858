import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

/**
 * Excel's functions.json is generated from the JSDoc of src/functions/functions.ts by the same generator the webpack
 * plugin (custom-functions-metadata-plugin) runs. These tests run that generator on the real source, so a function
 * that loses its @customfunction tag, its description, its help URL or an optional marker fails here.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: { stream?: boolean; cancelable?: boolean };
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

async function generated(): Promise<{ functions: FunctionMetadata[]; errors: string[] }> {
  const generator = require("custom-functions-metadata") as {
    generateCustomFunctionsMetadata(
      input: string,
      wantConsoleOutput?: boolean,
    ): Promise<{ metadataJson: string; errors: string[] }>;
  };
  const result = await generator.generateCustomFunctionsMetadata(
    join(repoRoot, "src/functions/functions.ts"),
  );
  const json = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
  return { functions: json.functions, errors: result.errors };
}

describe("functions.json, generated from the functions' JSDoc", () => {
  it("generates without errors, and no functions.json is written by hand", async () => {
    const { errors } = await generated();
    expect(errors).toEqual([]);
    expect(existsSync(join(repoRoot, "src/functions/functions.json"))).toBe(false);
    const webpackConfig = readFileSync(join(repoRoot, "webpack.config.js"), "utf8");
    expect(webpackConfig).toContain("CustomFunctionsMetadataPlugin");
  });

  it("declares the functions analysts type, with their arguments in order and optional ones marked", async () => {
    const { functions } = await generated();
    const signature = (f: FunctionMetadata) =>
      `${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
    expect(functions.map(signature).sort()).toEqual(
      [
        "PCD_TOTAL(ref, [fy], [line])",
        "PCD_STATUS(ref)",
        "DELEGATION_LEVEL(amount, [kind], [date])",
        "FY(date)",
        "FY_PROFILE(amount, start, end, [by], [basis])",
        "PROCUREMENT_THRESHOLD([date], [category])",
      ].sort(),
    );
  });

  it("gives every function and every argument a description, and every function a help page that exists", async () => {
    const { functions } = await generated();
    const help = readFileSync(join(repoRoot, "assets/help.html"), "utf8");
    for (const f of functions) {
      expect(f.description, f.name).toMatch(/\w{3,}/);
      for (const p of f.parameters) expect(p.description, `${f.name} ${p.name}`).toMatch(/\w{3,}/);
      expect(f.helpUrl, f.name).toMatch(/^https:\/\/.+\/assets\/help\.html#[a-z_]+$/);
      const anchor = f.helpUrl!.split("#")[1]!;
      expect(help, `help.html has id="${anchor}"`).toContain(`id="${anchor}"`);
    }
  });

  it("streams the register functions so they update when the register changes, and spills FY_PROFILE", async () => {
    const { functions } = await generated();
    const byName = new Map(functions.map((f) => [f.name, f]));
    expect(byName.get("PCD_TOTAL")?.options?.stream).toBe(true);
    expect(byName.get("PCD_STATUS")?.options?.stream).toBe(true);
    expect(byName.get("FY_PROFILE")?.result.dimensionality).toBe("matrix");
  });
});
