import { z } from "zod";

/**
 * zod, configured once for the whole product: jitless, so it never compiles parsers with `new Function` (an eval)
 * and never probes for it, which the task pane's Content-Security-Policy would report. Import `z` from here.
 */
z.config({ jitless: true });

export { z };
