import type { Requirements, RunFn } from "./api";

/**
 * The real Excel host: `Excel.run` and `Office.context.requirements`, for OfficeWorkbook.
 * Call only after `Office.onReady`. Passing `context` on as an `XlContext` is what checks, at
 * compile time, that the adapter's API subset matches Office's own types.
 */
export function officeHost(): { run: RunFn; requirements: Requirements } {
  return {
    run: (options, batch) => Excel.run(options, (context) => batch(context)),
    requirements: Office.context.requirements,
  };
}
