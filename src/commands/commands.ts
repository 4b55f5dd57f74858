/*
 * Ribbon commands, in the shared runtime. The ribbon's one button opens the task pane itself (a ShowTaskpane
 * action), so nothing needs registering for it; this entry only makes the runtime start with the workbook, so the
 * register's change handlers are in place before the task pane is first opened.
 */
Office.onReady(() => {
  Office.addin?.setStartupBehavior?.(Office.StartupBehavior.load).catch(() => {
    // Older hosts without the API: the runtime starts with the task pane or the first custom function instead.
  });
});
