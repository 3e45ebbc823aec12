import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
} from "react";
import {
  Button,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { cellAddress, parseAddress, type CellPos } from "../core/grid";
import { bi, type Bilingual, type Lang } from "../core/text";
import { App } from "../taskpane/App";
import { downloadFile } from "../taskpane/hand-over";
import type { ViewId } from "../taskpane/strings";
import { applyEntry } from "../workbook/memory/input";
import type { MemoryWorkbook } from "../workbook/memory/model";
import { STATE_SETTING } from "../workbook/office/adapter";
import type { WorkbookPort } from "../workbook/port";
import { toWorkbookError } from "../workbook/office/errors";
import { parseState } from "../workbook/state";
import { enteredText } from "./cell-text";
import type { PreviewHost } from "./host";
import { readSelection, selectionAddress, type GridSelection } from "./layout";
import { SheetGrid } from "./SheetGrid";
import { tell, type PreviewStringKey } from "./strings";
import { changeLabel, changeStructure, type StructureChange } from "./structure";
import { typedEntry } from "./typing";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DEFAULT_FILE = "Гүйцэтгэл.xlsx";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) var(--pane-width)",
    height: "100vh",
    overflow: "hidden",
    "@media (max-width: 720px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      gridTemplateRows: "minmax(0, 1fr) minmax(0, 1fr)",
    },
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: "auto",
  },
  hint: { color: tokens.colorNeutralForeground3, flexBasis: "100%" },
  formulaBar: {
    display: "grid",
    gridTemplateColumns: "96px minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
    flexShrink: 0,
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    overflowX: "hidden",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hidden: { display: "none" },
});

/** Both languages of a preview string. */
function both(key: PreviewStringKey, values: Record<string, string | number> = {}): Bilingual {
  return bi(tell(key, "mn", values), tell(key, "en", values));
}

/** The language the task pane stored in the workbook; the preview speaks it too. */
function languageOf(wb: MemoryWorkbook): Lang {
  const stored = wb.settings[STATE_SETTING];
  return stored === undefined ? "mn" : parseState(stored).state.settings.language;
}

interface Notice {
  intent: "success" | "error" | "info";
  text: Bilingual;
}

export interface PreviewProps {
  host: PreviewHost;
  port: WorkbookPort;
  initialView: ViewId;
  /** CSS pixels; Excel's task pane is about 320–400 px wide. */
  paneWidth: number;
}

/**
 * The add-in without Excel: the workbook on the left (sheet tabs, the grid, a formula bar), the
 * real task pane on the right, both over the same in-memory Excel.
 */
export function Preview({ host, port, initialView, paneWidth }: PreviewProps) {
  const styles = useStyles();
  const version = useSyncExternalStore(host.subscribe, host.version);
  const generation = useSyncExternalStore(host.subscribe, host.generation);
  const wb = host.excel.workbook;
  const lang = useMemo(() => languageOf(wb), [wb, version]);
  const [fileName, setFileName] = useState(DEFAULT_FILE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Where the selection was on each sheet, to come back to it as Excel does. */
  const selections = useRef(new Map<string, string>());
  /** The active cell, kept when entire rows or columns around it are selected. */
  const activeRef = useRef<CellPos | undefined>(undefined);

  // Screen readers and the browser's own words (file dialogs) follow the pane's language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const visible = wb.sheets.filter((s) => s.visibility === "Visible");
  const sheet = visible.find((s) => s.id === wb.activeSheetId) ?? visible[0] ?? wb.sheets[0];
  const selection: GridSelection = readSelection(wb.selection, activeRef.current) ?? {
    active: { row: 0, col: 0 },
  };
  const active = selection.active;
  const selected = sheet?.cells[cellAddress(active.row, active.col)];

  const select = (next: GridSelection) => {
    activeRef.current = next.active;
    wb.selection = selectionAddress(next);
    host.changed();
  };

  /** Type into a cell as Excel takes it; one undo step. */
  const enter = (cell: CellPos, text: string) => {
    if (!sheet) return;
    const address = cellAddress(cell.row, cell.col);
    const current = sheet.cells[address];
    const next = applyEntry(current, typedEntry(text, current?.numberFormat));
    if (next === (current ?? null)) return;
    host.edit(() => {
      if (next) sheet.cells[address] = next;
      else delete sheet.cells[address];
    });
  };

  /** Delete: the contents of the active cell, or of every cell of the selected rows or columns. */
  const clear = (what: GridSelection) => {
    if (!sheet) return;
    const inside = (address: string) => {
      const pos = parseAddress(address);
      if (!pos) return false;
      if (what.rows) return pos.row >= what.rows.from && pos.row <= what.rows.to;
      if (what.columns) return pos.col >= what.columns.from && pos.col <= what.columns.to;
      return pos.row === what.active.row && pos.col === what.active.col;
    };
    const cleared = Object.entries(sheet.cells).filter(
      ([address, cell]) =>
        inside(address) && (cell.value !== undefined || cell.formula !== undefined),
    );
    if (cleared.length === 0) return;
    host.edit(() => {
      for (const [address, cell] of cleared) {
        const next = applyEntry(cell, { kind: "clear" });
        if (next) sheet.cells[address] = next;
        else delete sheet.cells[address];
      }
    });
  };

  const restructure = async (change: StructureChange) => {
    if (!sheet) return;
    try {
      await changeStructure(host.run, sheet.id, change);
    } catch (error) {
      const reason = toWorkbookError(error).text;
      const what = changeLabel(change);
      setNotice({
        intent: "error",
        text: bi(
          tell("notChanged", "mn", { what: tell(what, "mn"), reason: reason.mn }),
          tell("notChanged", "en", { what: tell(what, "en"), reason: reason.en }),
        ),
      });
    }
  };

  const undo = (redo: boolean) => {
    const done = redo ? host.redo() : host.undo();
    if (!done) setNotice({ intent: "info", text: both(redo ? "nothingToRedo" : "nothingToUndo") });
  };

  const showSheet = (id: string) => {
    if (sheet) selections.current.set(sheet.id, wb.selection ?? "A1");
    wb.activeSheetId = id;
    wb.selection = selections.current.get(id) ?? "A1";
    host.changed();
  };

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setBusy(true);
    setNotice({ intent: "info", text: both("opening", { file: file.name }) });
    try {
      const { openXlsx } = await import("./xlsx-file");
      const result = await openXlsx(await file.arrayBuffer());
      if (result.ok) {
        selections.current.clear();
        host.replace(result.workbook);
        setFileName(file.name);
        setNotice({ intent: "success", text: both("opened", { file: file.name }) });
      } else {
        const reason = result.error.message;
        setNotice({
          intent: "error",
          text: bi(
            tell("notOpened", "mn", { file: file.name, reason: reason.mn }),
            tell("notOpened", "en", { file: file.name, reason: reason.en }),
          ),
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      const { saveXlsx } = await import("./xlsx-file");
      downloadFile(await saveXlsx(wb), fileName, XLSX_TYPE);
      setNotice({ intent: "success", text: both("savedAs", { file: fileName }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ intent: "error", text: both("notSaved", { reason }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root} style={{ ["--pane-width" as string]: `${paneWidth}px` }}>
        <section className={styles.workbook} aria-label={tell("workbook", lang)}>
          <div className={styles.toolbar}>
            <h1 className={styles.heading}>{tell("title", lang)}</h1>
            <Button
              icon={<FolderOpenRegular />}
              disabledFocusable={busy}
              onClick={() => fileInput.current?.click()}
            >
              {tell("open", lang)}
            </Button>
            <input
              ref={fileInput}
              className={styles.hidden}
              type="file"
              accept={`.xlsx,${XLSX_TYPE}`}
              aria-label={tell("open", lang)}
              tabIndex={-1}
              onChange={(e) => void open(e)}
            />
            <Button icon={<ArrowDownloadRegular />} disabledFocusable={busy} onClick={save}>
              {tell("save", lang)}
            </Button>
            <Text size={200} className={styles.hint}>
              {fileName} — {tell("hint", lang)}
            </Text>
          </div>
          {notice && (
            <MessageBar intent={notice.intent} layout="singleline">
              <MessageBarBody>{notice.text[lang]}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label={tell("dismiss", lang)}
                    icon={<DismissRegular />}
                    onClick={() => setNotice(null)}
                  />
                }
              />
            </MessageBar>
          )}
          <div className={styles.formulaBar}>
            <Input
              readOnly
              size="small"
              aria-label={tell("cellAddress", lang)}
              value={cellAddress(active.row, active.col)}
            />
            <Input
              readOnly
              size="small"
              aria-label={tell("cellContent", lang)}
              value={enteredText(selected)}
            />
          </div>
          {sheet && (
            <SheetGrid
              key={sheet.id}
              sheet={sheet}
              version={version}
              selection={selection}
              lang={lang}
              onSelect={select}
              onEnter={enter}
              onClear={clear}
              onStructure={(change) => void restructure(change)}
              onUndo={() => undo(false)}
              onRedo={() => undo(true)}
            />
          )}
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={tell("sheets", lang)}
            selectedValue={sheet?.id}
            onTabSelect={(_, data) => showSheet(String(data.value))}
          >
            {visible.map((s) => (
              <Tab key={s.id} value={s.id}>
                {s.name}
              </Tab>
            ))}
          </TabList>
        </section>
        <aside className={styles.pane} aria-label={tell("pane", lang)}>
          <App key={generation} port={port} initialView={initialView} />
        </aside>
      </div>
    </FluentProvider>
  );
}
