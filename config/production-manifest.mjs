// One place that turns the dev manifest (https://localhost:3000/…) into the production one. Used by
// webpack.config.js when it copies manifest.xml (and functions.json) into dist, and by test/manifest so the test
// checks the very function the build runs.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The settings in config/addin.json. */
export function readAddinConfig() {
  return JSON.parse(readFileSync(join(here, "addin.json"), "utf8"));
}

/**
 * The production base URL: env ADDIN_PRODUCTION_URL if set, else config/addin.json "productionUrl". It must be an
 * https URL without a trailing slash (Office refuses http add-ins).
 */
export function productionUrl(env = process.env) {
  const raw = (env.ADDIN_PRODUCTION_URL ?? readAddinConfig().productionUrl ?? "").trim();
  const url = raw.replace(/\/+$/, "");
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(
      `the production URL must be an https URL such as "https://addin.example.org", got ${JSON.stringify(raw)} ` +
        `(set ADDIN_PRODUCTION_URL or "productionUrl" in config/addin.json)`,
    );
  }
  return url;
}

/** The dev base URL the sources are written against. */
export function devUrl() {
  return String(readAddinConfig().devUrl).replace(/\/+$/, "");
}

/** Every occurrence of the dev base URL (with or without a path after it) replaced by the production one. */
export function rewriteUrls(text, prodUrl, dev = devUrl()) {
  return text.split(dev).join(prodUrl);
}
