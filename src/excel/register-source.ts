import type { RegisterSource } from "../functions/register-cache";
import { readRegister, REGISTER_TABLE_NAME } from "./register-table";

/**
 * The register as the custom functions read it, from the shared runtime: a fresh RequestContext, the "Decisions"
 * table read in at most two syncs, and, in the same batches, change handlers so the cache hears of every edit: the
 * table's onChanged (its cells) and the workbook's tables.onAdded / onDeleted (the register created or removed).
 * Handlers are registered once for the runtime's life.
 */
export function excelRegisterSource(
  newContext: () => Excel.RequestContext = () => new Excel.RequestContext(),
): RegisterSource {
  let watchingTables = false;
  let watchingRegister = false;
  return {
    async read(changed) {
      const context = newContext();
      if (!watchingTables) {
        const tables = context.workbook.tables;
        tables.onAdded.add(async (e) => {
          if (e.tableId !== undefined) changed();
        });
        tables.onDeleted.add(async (e) => {
          if (e.tableName === REGISTER_TABLE_NAME) {
            watchingRegister = false;
            changed();
          }
        });
        watchingTables = true;
      }
      const read = await readRegister(context, (table) => {
        if (watchingRegister) return;
        table.onChanged.add(async () => changed());
        watchingRegister = true;
      });
      return { exists: read.table !== null, rows: read.rows.map((r) => r.row), problems: read.problems };
    },
  };
}
