/**
 * zod's settings for the whole product: jitless, so it never compiles parsers with `new Function` (an eval) and
 * never probes for it, which the task pane's Content-Security-Policy would report. Every module that builds zod
 * schemas imports this beside `z` from ./schema.ts.
 *
 * The setting is made on the object zod keeps its settings in, `globalThis.__zod_globalConfig` (the one `z.config()`
 * changes, and which zod adopts if it is made first), so this module imports nothing from zod and may run before or
 * after it loads. It is kept out of schema.ts on purpose: a statement there, beside the re-export, stops webpack
 * tracking which parts of zod are used, and all of zod (every locale) then lands in the task pane's initial bundle.
 * test/core/schema.test.ts checks through `z.config()` that the setting holds.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
