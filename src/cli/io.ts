import { createInterface } from "readline";
import type { Bilingual, Lang } from "../core/text";
import { msg } from "./messages";

/** Where a command writes, so that tests run commands in-process and read what they printed. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: long runs show their progress there. */
  progress?: boolean;
  /** Directory relative paths start from (the process's own when absent). */
  cwd?: string;
  /** Ask the person a yes/no question; absent when no one is at a terminal to answer. */
  confirm?(question: Bilingual): Promise<boolean>;
}

/** «y», «yes», «т», «тийм», in any case. */
const YES = /^\s*(y|yes|т|тийм)\s*$/iu;

/** CliIO.confirm on a terminal: the question in both languages on stderr, the answer on stdin. */
export function terminalConfirm(question: Bilingual): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => {
    // Ctrl-D or a closed stdin is a no.
    rl.on("close", () => resolve(false));
    rl.question(`${visibleControls(question.mn)}\n${visibleControls(question.en)} `, (answer) => {
      resolve(YES.test(answer));
      rl.close();
    });
  });
}

/**
 * Control characters a workbook's text may carry (ESC, BEL, a C1 code…) shown as their code
 * ("\x1b"), so that a cell cannot set the terminal's title or clear its screen. Line breaks and
 * tabs stay; so does the progress line's own erase (carriage return, ESC [K).
 */
const CONTROLS = /\r\x1b\[K|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/gu;

export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) =>
    c.length > 1 ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

/** `io` with every line it prints passed through visibleControls. */
export function terminalSafe(io: CliIO): CliIO {
  return {
    ...io,
    stdout: (text) => io.stdout(visibleControls(text)),
    stderr: (text) => io.stderr(visibleControls(text)),
  };
}

/** Exit statuses: no error found, errors found, the input could not be used. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** Input a command cannot use: a file that is not there, not an .xlsx, damaged, a bad option. */
export class CliError extends Error {
  readonly text: Bilingual;
  /** More lines for the person (the reason a sheet was not read, the names to choose from). */
  readonly details: Bilingual[];

  constructor(text: Bilingual, details: Bilingual[] = []) {
    super(text.en);
    this.name = "CliError";
    this.text = text;
    this.details = details;
  }
}

/** An error nobody foresaw, as a CliError carrying its own words but not its stack. */
export function unexpected(e: unknown): CliError {
  if (e instanceof CliError) return e;
  const text = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 300);
  return new CliError(msg.unexpected(text));
}

/** An unusable input's message: Mongolian, then English, on stderr; nothing on stdout. */
export function printError(io: CliIO, error: CliError): void {
  const lines = (lang: Lang) =>
    [`guitsetgel: ${error.text[lang]}`, ...error.details.map((d) => `  ${d[lang]}`)].join("\n");
  io.stderr(`${lines("mn")}\n${lines("en")}\n`);
}

/** Progress of a long run on stderr, on one line rewritten in place; silent unless on a terminal. */
export class Progress {
  private shown = false;

  constructor(
    private readonly io: CliIO,
    private readonly lang: Lang,
  ) {}

  /** What is being done now, without a count. */
  show(what: Bilingual): void {
    if (!this.io.progress) return;
    this.io.stderr(`\r\x1b[K${what[this.lang]}`);
    this.shown = true;
  }

  /** Item `done` of `total`, and what it is. */
  step(done: number, total: number, what: Bilingual): void {
    this.show({ mn: `[${done}/${total}] ${what.mn}`, en: `[${done}/${total}] ${what.en}` });
  }

  /** Clear the progress line before anything else is printed. */
  done(): void {
    if (this.shown) this.io.stderr("\r\x1b[K");
    this.shown = false;
  }
}
