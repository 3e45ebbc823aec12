import type { Settings } from "../../core/settings";
import {
  consolidationModels,
  type Consolidation,
  type UnitInput,
} from "../../core/summary/consolidate";
import type { Lang } from "../../core/text";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookState } from "../../workbook/state";
import type { Journal } from "../failure";
import { sayBoth } from "../strings";
import { saveState, writeAddinSheets } from "./sheet";

/** A file the person picked: its name and a way to read its bytes. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Lets the browser paint and handle input between files. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Read each file in turn, yielding to the browser between files: its units (the sheets the
 * command line would consolidate, rated by the file's stored settings, else by `settings`),
 * each evaluated and checked. Returns null when stopped: nothing is written then.
 */
export async function readUnits(
  files: PickedFile[],
  settings: Settings,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<UnitInput[] | null> {
  options.onProgress?.(0, files.length);
  // exceljs is loaded only here, when a person consolidates files.
  const { namedUnits, officeName, readUnitFile, storedSettings } =
    await import("../../workbook/xlsx/units");
  const settingsOf = storedSettings(settings);
  const units: UnitInput[] = [];
  const taken: string[] = [];
  for (const [i, file] of files.entries()) {
    if (options.signal?.aborted) return null;
    const office = officeName(file.name);
    try {
      const read = await readUnitFile(await file.arrayBuffer(), settingsOf);
      if (read.ok) units.push(...namedUnits(office, read.sheets, taken));
      else units.push({ unit: office, error: read.reason });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      units.push({ unit: office, error: sayBoth("fileUnreadable", { detail }) });
    }
    options.onProgress?.(i + 1, files.length);
    await pause();
  }
  return options.signal?.aborted ? null : units;
}

/**
 * The consolidated table and the findings sheet written into this workbook, the same sheets the
 * command line writes, each in place of the one an earlier consolidation wrote; their names,
 * the consolidation, and the state recording them.
 */
export async function writeConsolidation(
  port: WorkbookPort,
  units: UnitInput[],
  lang: Lang,
  journal: Journal,
): Promise<{ written: string[]; consolidation: Consolidation; state: WorkbookState }> {
  const { consolidation, table, findings } = consolidationModels(units, lang);
  const state = (await port.loadState()).state;
  const written = await writeAddinSheets(
    port,
    state,
    [
      { model: table, kind: "consolidation", lang },
      // The units' sheets are not copied into this workbook: a finding's link would lead nowhere.
      { model: { ...findings, links: [] }, kind: "findings", lang },
    ],
    journal,
  );
  return { written: written.names, consolidation, state: await saveState(port, written.state) };
}
