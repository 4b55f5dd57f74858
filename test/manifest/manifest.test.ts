import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { OfficeAddinManifest } from "office-addin-manifest";
import { repoRoot } from "../helpers/fixtures";
import { productionUrl, rewriteUrls, devUrl } from "../../config/production-manifest.mjs";

// Offline checks of manifest.xml: Microsoft's validator is online-only and no XSDs ship, so these tests hold the
// rules the schema and the shared-runtime docs state (see /work/shared/notes/office-addin-tooling.md, Q1 and Q2).
const manifestPath = join(repoRoot, "manifest.xml");
const xml = readFileSync(manifestPath, "utf8");

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };
const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
}).parse(xml) as Ordered[];

const tagOf = (node: Ordered) => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: Ordered) => (node[tagOf(node)] as Ordered[]) ?? [];
const attrs = (node: Ordered) => node[":@"] ?? {};

/** Every element below `node`, depth first, with its tag and attributes. */
function walk(node: Ordered, out: Ordered[] = []): Ordered[] {
  for (const child of childrenOf(node)) {
    if (tagOf(child) === "#text" || tagOf(child) === "#comment") continue;
    out.push(child);
    walk(child, out);
  }
  return out;
}

const officeApp = ordered.find((n) => tagOf(n) === "OfficeApp")!;
const all = walk(officeApp);
const byTag = (tag: string) => all.filter((n) => tagOf(n) === tag);
const resourceIds = new Set(
  all.filter((n) => ["bt:Image", "bt:Url", "bt:String"].includes(tagOf(n))).map((n) => attrs(n).id),
);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ a dev URL points at. */
function assetFor(url: string): string {
  return join(repoRoot, url.slice(devUrl().length + 1));
}

describe("manifest.xml", () => {
  it("reads as a task-pane add-in for Excel workbooks with office-addin-manifest's own (offline) reader", async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.manifestType).toBe("xml");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.displayName).toBe("Decision Reconciler");
    expect(info.defaultLocale).toBe("en-GB");
    expect(info.defaultSettings?.sourceLocation).toBe(`${devUrl()}/taskpane.html`);
    for (const url of [info.iconUrl, info.highResolutionIconUrl, info.supportUrl]) {
      expect(url).toMatch(/^https:\/\//);
      expect(existsSync(assetFor(url!))).toBe(true);
    }
  });

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it.runIf(existsSync("/usr/bin/xmllint"))("passes xmllint --noout", () => {
    const run = spawnSync("/usr/bin/xmllint", ["--noout", manifestPath], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("keeps the schema's element order under OfficeApp", () => {
    const schemaOrder = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = childrenOf(officeApp)
      .map(tagOf)
      .filter((t) => t !== "#text" && t !== "#comment");
    const required = schemaOrder.filter((t) => t !== "AppDomains");
    for (const t of required) expect(present).toContain(t);
    expect(present.every((t) => schemaOrder.includes(t))).toBe(true);
    const positions = present.map((t) => schemaOrder.indexOf(t));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("asks for ReadWriteDocument, the least it needs to write its own sheets", () => {
    const permissions = byTag("Permissions")[0]!;
    expect(childrenOf(permissions).map((t) => t["#text"])).toEqual(["ReadWriteDocument"]);
  });

  it("requires SharedRuntime 1.1", () => {
    const sets = byTag("Set").map((s) => attrs(s));
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
  });

  it("has one long-lived runtime whose resid the functions page and the function file share", () => {
    const runtimes = byTag("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attrs(runtimes[0]!).lifetime).toBe("long");
    const runtimeId = attrs(runtimes[0]!).resid;
    expect(runtimeId).toBe("Taskpane.Url");

    const cf = byTag("ExtensionPoint").find((e) => attrs(e)["xsi:type"] === "CustomFunctions")!;
    const page = childrenOf(cf).find((c) => tagOf(c) === "Page")!;
    const pageSource = childrenOf(page).find((c) => tagOf(c) === "SourceLocation")!;
    expect(attrs(pageSource).resid).toBe(runtimeId);
    const functionFile = byTag("FunctionFile");
    expect(functionFile.map((f) => attrs(f).resid)).toEqual([runtimeId]);
    const cfParts = childrenOf(cf).map(tagOf);
    expect(cfParts).toEqual(["Script", "Page", "Metadata", "Namespace"]);
  });

  it("uses a short namespace", () => {
    const ns = byTag("Namespace")[0]!;
    const id = attrs(ns).resid!;
    const value = byTag("bt:String").find((s) => attrs(s).id === id)!;
    expect(attrs(value).DefaultValue).toBe("DR");
  });

  it("opens the task pane from a ribbon button without a TaskpaneId (shared runtime)", () => {
    const actions = byTag("Action");
    expect(actions.map((a) => attrs(a)["xsi:type"])).toEqual(["ShowTaskpane"]);
    expect(byTag("TaskpaneId")).toHaveLength(0);
    const source = childrenOf(actions[0]!).find((c) => tagOf(c) === "SourceLocation")!;
    expect(attrs(source).resid).toBe("Taskpane.Url");
  });

  it("resolves every resid in <Resources>", () => {
    const used = all.map((n) => attrs(n).resid).filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(10);
    const missing = used.filter((r) => !resourceIds.has(r));
    expect(missing).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|href)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(attrs(byTag(tag)[0]!).DefaultValue).toMatch(/^https:\/\//);
    }
  });

  it("points at icons that exist at the sizes it names", () => {
    const icons: { url: string; size: number }[] = [
      { url: attrs(byTag("IconUrl")[0]!).DefaultValue!, size: 32 },
      { url: attrs(byTag("HighResolutionIconUrl")[0]!).DefaultValue!, size: 64 },
    ];
    for (const img of byTag("bt:Image").filter((n) => attrs(n).DefaultValue)) {
      const size = Number(/(\d+)x\1$/.exec(attrs(img).id!)?.[1]);
      icons.push({ url: attrs(img).DefaultValue!, size });
    }
    // Every size an <Image size=…> asks for has a resource of that size.
    for (const ref of byTag("bt:Image").filter((n) => attrs(n).size)) {
      const res = byTag("bt:Image").find((n) => attrs(n).id === attrs(ref).resid)!;
      expect(attrs(res).id).toBe(`Icon.${attrs(ref).size}x${attrs(ref).size}`);
    }
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      const file = assetFor(url);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("points the support and help URLs at a page that exists", () => {
    const support = attrs(byTag("SupportUrl")[0]!).DefaultValue!;
    expect(existsSync(assetFor(support))).toBe(true);
  });
});

describe("the production manifest", () => {
  it("keeps no localhost URL once rewritten", () => {
    const prod = rewriteUrls(xml, productionUrl({}));
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain(`${productionUrl({})}/taskpane.html`);
    expect(XMLValidator.validate(prod)).toBe(true);
  });

  it("takes the production URL from ADDIN_PRODUCTION_URL over config/addin.json", () => {
    const prod = rewriteUrls(
      xml,
      productionUrl({ ADDIN_PRODUCTION_URL: "https://addin.example.gov.uk/dr/" }),
    );
    expect(prod).toContain('"https://addin.example.gov.uk/dr/functions.json"');
    expect(prod).not.toMatch(/localhost/);
  });

  it("refuses a production URL that is not https", () => {
    expect(() => productionUrl({ ADDIN_PRODUCTION_URL: "http://addin.example.org" })).toThrow(
      /must be an https URL .* got "http:\/\/addin.example.org"/,
    );
  });

  const buildInfo = join(repoRoot, "dist/build-info.json");
  it.runIf(existsSync(buildInfo) && JSON.parse(readFileSync(buildInfo, "utf8")).mode === "production")(
    "as written by the last production build has no localhost URL (manifest and functions.json)",
    () => {
      const { baseUrl } = JSON.parse(readFileSync(buildInfo, "utf8")) as { baseUrl: string };
      const built = readFileSync(join(repoRoot, "dist/manifest.xml"), "utf8");
      expect(built).not.toMatch(/localhost/);
      expect(built).toContain(`"${baseUrl}/taskpane.html"`);
      expect(readFileSync(join(repoRoot, "dist/functions.json"), "utf8")).not.toMatch(/localhost/);
    },
  );
});
