/**
 * The reference for the command line's own work: exceljs alone reading the same .xlsx files
 * (`node -r ts-node/register/transpile-only bench/exceljs-read.ts a.xlsx b.xlsx …`).
 */
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  let sheets = 0;
  for (const file of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sheets += wb.worksheets.length;
  }
  process.stderr.write(`read ${process.argv.length - 2} files, ${sheets} sheets\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
