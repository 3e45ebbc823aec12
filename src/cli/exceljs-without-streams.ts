import { Module, createRequire } from "module";

/**
 * exceljs's main module also loads its streaming reader and writer, with the zip libraries they
 * use, which the command line never does: about 140 ms at every start. This puts in its place
 * the same object without them (`stream` loads them when asked for), before anything imports it.
 */
export function exceljsWithoutStreams(): void {
  const main = require.resolve("exceljs");
  if (require.cache[main]) return;
  const from = createRequire(main);
  const exceljs: Record<string, unknown> = {
    Workbook: from("./lib/doc/workbook"),
    ModelContainer: from("./lib/doc/modelcontainer"),
    ...(from("./lib/doc/enums") as object),
  };
  Object.defineProperty(exceljs, "stream", {
    enumerable: true,
    get: () => (from("./lib/exceljs.nodejs.js") as { stream: unknown }).stream,
  });
  const loaded = new Module(main);
  loaded.filename = main;
  loaded.loaded = true;
  loaded.exports = exceljs;
  require.cache[main] = loaded;
}
