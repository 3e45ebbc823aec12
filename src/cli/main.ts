import { exceljsWithoutStreams } from "./exceljs-without-streams";
import { commandHelp, mainHelp, COMMANDS, type CommandName } from "./help";
import {
  CliError,
  EXIT_OK,
  EXIT_UNUSABLE,
  printError,
  terminalSafe,
  unexpected,
  type CliIO,
} from "./io";
import { msg } from "./messages";

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Each command's module loads only when it runs, so that `--help` starts fast. */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  scaffold: async () => (await import("./scaffold")).scaffoldCommand,
  check: async () => (await import("./check")).checkCommand,
  compute: async () => (await import("./compute")).computeCommand,
  "report-from-plan": async () => (await import("./next-document")).nextDocumentCommand("report"),
  "year-end": async () => (await import("./next-document")).nextDocumentCommand("year-end"),
  "next-plan": async () => (await import("./next-document")).nextDocumentCommand("next-plan"),
  consolidate: async () => {
    // The first reader and checker start while this thread loads the command's modules.
    const { readers, checkers } = (await import("./office-pool")).officePools();
    readers.warm();
    checkers.warm();
    return (await import("./consolidate")).consolidateCommand;
  },
  import: async () => (await import("./import")).importCommand,
  export: async () => (await import("./export")).exportCommand,
};

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

const wantsHelp = (argv: string[]) => argv.some((a) => a === "--help" || a === "-h");

/**
 * The `guitsetgel` command line: runs one command and returns its exit status (0 no error
 * found, 1 errors found, 2 the input could not be used). Never throws: whatever goes wrong is
 * printed on stderr in Mongolian and English, without a stack trace.
 */
export { terminalConfirm } from "./io";

export async function runCli(argv: string[], given: CliIO): Promise<number> {
  // Text from a workbook reaches the terminal only as text (no escape sequences).
  const io = terminalSafe(given);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const text = mainHelp();
    if (name === undefined) {
      io.stderr(text);
      return EXIT_UNUSABLE;
    }
    io.stdout(text);
    return EXIT_OK;
  }
  if (!isCommand(name)) {
    printError(io, new CliError(msg.unknownCommand(name)));
    return EXIT_UNUSABLE;
  }
  if (wantsHelp(rest)) {
    io.stdout(commandHelp(name));
    return EXIT_OK;
  }
  try {
    exceljsWithoutStreams();
    const command = await LOADERS[name]();
    return await command(rest, io);
  } catch (e) {
    printError(io, e instanceof CliError ? e : unexpected(e));
    return EXIT_UNUSABLE;
  }
}
