/**
 * zod for the whole product. Import `z` from here, and import ./zod-settings.ts beside it where schemas are built.
 * This module only re-exports: any statement of its own stops webpack tracking which parts of zod are used (see
 * zod-settings.ts).
 */
export { z } from "zod";
