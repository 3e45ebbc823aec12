/**
 * The .xlsx files the benchmarks read, generated once per `npm run bench` into a temporary
 * folder: generated reports of 10,000 and 100,000 criterion rows, and the offices' reports.
 */
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateReport } from "../test/fixtures/generate-report";
import { aimagAndDistrictOffices, gridWorkbook, officeReport, soumOffices } from "./offices";

export class BenchFiles {
  readonly dir = mkdtempSync(join(tmpdir(), "guitsetgel-bench-"));
  private reports = new Map<number, string>();
  private offices = new Map<string, string[]>();

  /** A generated report of `rows` criterion rows (file name, relative to `dir`). */
  async report(rows: number): Promise<string> {
    let file = this.reports.get(rows);
    if (!file) {
      file = `report-${rows}.xlsx`;
      await gridWorkbook(generateReport(rows)).xlsx.writeFile(join(this.dir, file));
      this.reports.set(rows, file);
    }
    return file;
  }

  /** The aimags' and districts' ("30") or the soums' ("330") reports, relative to `dir`. */
  async officeReports(which: "30" | "330"): Promise<string[]> {
    let files = this.offices.get(which);
    if (!files) {
      const offices = which === "30" ? aimagAndDistrictOffices() : soumOffices();
      const folder = `offices-${which}`;
      mkdirSync(join(this.dir, folder));
      files = [];
      for (const [i, office] of offices.entries()) {
        const file = join(folder, `${office.name}.xlsx`);
        await gridWorkbook(officeReport(office, i + 1)).xlsx.writeFile(join(this.dir, file));
        files.push(file);
      }
      this.offices.set(which, files);
    }
    return files;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
