import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Bilingual, Lang } from "../core/text";
import {
  readStateSheet,
  readXlsx,
  workbookToBuffer,
  type ReadXlsxOptions,
  type SheetGrid,
} from "../workbook";
import type { StateParse } from "../workbook";
import { CliError, Progress, type CliIO } from "./io";
import { readThemesAsTheyCome } from "./exceljs-theme";
import { msg } from "./messages";
import { useNativeZip } from "./native-zip";
import { readLoadedZips } from "./xlsx-parts.accelerator";

useNativeZip();
readThemesAsTheyCome();
readLoadedZips();

/** A workbook read from disk, with the add-in's state stored in it (null when it has none). */
export interface LoadedWorkbook {
  /** The path as the person typed it. */
  file: string;
  workbook: ExcelJS.Workbook;
  sheets: SheetGrid[];
  state: StateParse | null;
  /** What reading changed to stay within the limits: a file written from it holds it. */
  changes: Bilingual[];
}

export function resolvePath(io: CliIO, file: string): string {
  return path.resolve(io.cwd ?? process.cwd(), file);
}

function isXlsxName(file: string): boolean {
  return path.extname(file).toLowerCase() === ".xlsx";
}

const isDocxName = (file: string) => path.extname(file).toLowerCase() === ".docx";

/**
 * Read an .xlsx file; anything that makes it unusable becomes a CliError in both languages.
 * The file is read synchronously: the command line reads one file at a time, and the trips
 * through the thread pool cost more than the reads (330 offices' files: 50–100 ms against 8–13).
 */
/**
 * The bytes of an input file, whatever kind: `nameOk` refuses a name of the wrong kind once the
 * file is known to be there. Anything else in the way is a CliError in both languages.
 */
export function inputBytes(io: CliIO, file: string, nameOk: () => void = () => {}): Buffer {
  const full = resolvePath(io, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new CliError(msg.notFound(file));
  }
  if (stat.isDirectory()) throw new CliError(msg.isFolder(file));
  if (!stat.isFile()) throw new CliError(msg.notAFile(file));
  nameOk();
  try {
    return fs.readFileSync(full);
  } catch (e) {
    throw new CliError(msg.cannotRead(file, (e as NodeJS.ErrnoException).code ?? ""));
  }
}

export async function loadWorkbook(
  io: CliIO,
  file: string,
  options: ReadXlsxOptions = {},
): Promise<LoadedWorkbook> {
  const bytes = inputBytes(io, file, () => {
    if (isXlsxName(file)) return;
    const ext = path.extname(file).toLowerCase();
    throw new CliError(ext === ".xls" ? msg.oldXls(file) : msg.notXlsxName(file));
  });
  const read = await readXlsx(bytes, options);
  if (!read.ok) throw new CliError(msg.inFile(file, read.error.message));
  return {
    file,
    workbook: read.workbook,
    sheets: read.sheets,
    state: readStateSheet(read.workbook),
    changes: read.changes,
  };
}

/** loadWorkbook, saying on a terminal that the file is being read (big files take a while). */
export async function loadShowingProgress(
  io: CliIO,
  file: string,
  lang: Lang,
): Promise<LoadedWorkbook> {
  const progress = new Progress(io, lang);
  progress.show(msg.reading(file));
  try {
    return await loadWorkbook(io, file);
  } finally {
    progress.done();
  }
}

/** The real path of a file that may not exist yet (its folder's real path and its name). */
function realTarget(full: string): string {
  try {
    return fs.realpathSync.native(full);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(full)), path.basename(full));
    } catch {
      return full;
    }
  }
}

/**
 * Check the -o path before any work: an .xlsx name (a .docx one for a Word document), in a
 * folder that exists, and never one of the inputs (the input is left as it was). A file already
 * there is written over only when the person says so: asked at a terminal, `--force` otherwise.
 * Returns the full path to write.
 */
export async function checkOutput(
  io: CliIO,
  out: string,
  {
    inputs = [],
    force,
    kind = "xlsx",
  }: { inputs?: string[]; force: boolean; kind?: "xlsx" | "docx" },
): Promise<string> {
  if (kind === "xlsx" && !isXlsxName(out)) throw new CliError(msg.outputNotXlsx(out));
  if (kind === "docx" && !isDocxName(out)) throw new CliError(msg.outputNotDocx(out));
  const full = resolvePath(io, out);
  const dir = path.dirname(full);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new CliError(msg.outputFolderMissing(out));
  }
  const there = fs.existsSync(full);
  if (there && fs.statSync(full).isDirectory()) throw new CliError(msg.isFolder(out));
  const target = realTarget(full);
  for (const input of inputs) {
    if (realTarget(resolvePath(io, input)) === target) throw new CliError(msg.outputIsInput(out));
  }
  if (there && !force) {
    if (!io.confirm) throw new CliError(msg.outputExists(out));
    if (!(await io.confirm(msg.overwriteQuestion(out))))
      throw new CliError(msg.notOverwritten(out));
  }
  return full;
}

/** Exit statuses of a run stopped by a signal, as a shell reports them (128 + its number). */
const SIGNAL_EXITS = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Write the bytes beside the target and rename them over it, so that a failure halfway never
 * leaves a half-written workbook under the wanted name. The temporary file has a name nobody
 * can guess and is made only if nothing is there (a link planted there is never followed); a
 * workbook written over keeps who may read it. The temporary file is removed on every way out
 * this process sees: an error, a failed rename, Ctrl-C (SIGINT) or SIGTERM.
 */
export async function writeBytes(full: string, bytes: Buffer, shown: string): Promise<void> {
  const temp = `${full}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  let made = false;
  const stop = (signal: keyof typeof SIGNAL_EXITS) => () => {
    if (made) fs.rmSync(temp, { force: true });
    process.exit(SIGNAL_EXITS[signal]);
  };
  const handlers = { SIGINT: stop("SIGINT"), SIGTERM: stop("SIGTERM") };
  for (const [signal, handler] of Object.entries(handlers)) process.once(signal, handler);
  try {
    const before = await fs.promises.stat(full).catch(() => null);
    const handle = await fs.promises.open(temp, "wx");
    made = true;
    try {
      await handle.writeFile(bytes);
      if (before) await handle.chmod(before.mode & 0o777);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, full);
    made = false;
  } catch (e) {
    if (made) await fs.promises.rm(temp, { force: true });
    throw new CliError(msg.cannotWrite(shown, (e as NodeJS.ErrnoException).code ?? ""));
  } finally {
    for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
  }
}
export async function writeWorkbook(
  full: string,
  wb: ExcelJS.Workbook,
  shown: string,
): Promise<void> {
  await writeBytes(full, await workbookToBuffer(wb), shown);
}
