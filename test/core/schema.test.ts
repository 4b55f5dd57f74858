import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mopacScheme } from "../../src/core/delegation/mopac-scheme";
import { repoRoot } from "../helpers/fixtures";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("zod runs without code generation", () => {
  it("is jitless once the product's schemas load, so it never evaluates generated code", () => {
    expect(mopacScheme().versions.length).toBeGreaterThan(0);
    expect(z.config().jitless).toBe(true);
  });

  it("is imported for its values only through src/core/schema.ts", () => {
    const direct = sourceFiles(join(repoRoot, "src"))
      .filter((f) => !f.endsWith(join("core", "schema.ts")))
      .filter((f) => /^import \{[^}]*\} from "zod";/m.test(readFileSync(f, "utf8")));
    expect(direct).toEqual([]);
  });
});
