import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetters, type CellPos } from "../core/grid";
import type { Lang } from "../core/text";
import { VISUALLY_HIDDEN } from "../taskpane/components/layout";
import type { MemoryCell, MemoryCellFormat, MemorySheet } from "../workbook/memory/model";
import { enteredText, shownText } from "./cell-text";
import { GridMenu, pointTarget, type MenuPlace } from "./GridMenu";
import {
  DEFAULT_COLUMN_PX,
  DEFAULT_ROW_PX,
  ROW_WINDOW,
  drawnRows,
  linesOf,
  mergeAt,
  moveFrom,
  sheetExtent,
  windowTop,
  type DrawnCell,
  type GridSelection,
} from "./layout";
import { LinesDialog } from "./LinesDialog";
import { tell } from "./strings";
import type { StructureChange } from "./structure";

const POINT_PX = 4 / 3;
const ROW_HEADER_PX = 48;
/** Left and right padding of a cell together. */
const CELL_PADDING_PX = 6;
const GRIDLINE = "1px solid #e1e1e1";
// A drawn border must win over the neighbour's gridline where the table's borders collapse:
// "double" outranks "solid" there, and at 1px it is drawn as a plain line.
const EDGE = "1px double #000000";

const FONT_FAMILY = "Calibri, Carlito, 'Segoe UI', Arial, sans-serif";
const FONT_PX = 14;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    backgroundColor: "#ffffff",
    position: "relative",
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: FONT_FAMILY,
    fontSize: `${FONT_PX}px`,
    color: "#000000",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: "#f3f3f3",
    border: "1px solid #c8c8c8",
  },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    border: "1px solid #c8c8c8",
    fontWeight: "normal",
    color: "#444444",
    height: "20px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    border: "1px solid #c8c8c8",
    fontWeight: "normal",
    color: "#444444",
    textAlign: "center",
    padding: "0 4px",
  },
  headerActive: { backgroundColor: "#d3e3d3", color: "#0f5132", fontWeight: "bold" },
  headerSelected: { backgroundColor: "#107c41", color: "#ffffff", fontWeight: "bold" },
  /** A cell of selected rows or columns: tinted over its own fill, as Excel shades a selection. */
  band: { boxShadow: "inset 0 0 0 100vmax rgba(16, 124, 65, 0.12)" },
  cell: {
    padding: `1px ${CELL_PADDING_PX / 2}px`,
    overflow: "hidden",
    textOverflow: "clip",
    lineHeight: "1.25",
    ":focus": { outline: "none" },
  },
  spill: { display: "block", overflow: "hidden" },
  selected: {
    outline: "2px solid #107c41",
    outlineOffset: "-2px",
    ":focus": { outline: "2px solid #107c41" },
  },
  editor: {
    width: "100%",
    boxSizing: "border-box",
    font: "inherit",
    border: "none",
    outline: "2px solid #107c41",
    padding: "0 2px",
  },
  notes: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  help: VISUALLY_HIDDEN,
});

const V_ALIGN: Record<string, CSSProperties["verticalAlign"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
};

let textCanvas: CanvasRenderingContext2D | null | undefined;

/** The width of one line of text as the grid draws it. */
function textWidth(text: string, format: MemoryCellFormat | undefined): number {
  textCanvas ??= document.createElement("canvas").getContext("2d");
  const size = format?.size ? format.size * POINT_PX : FONT_PX;
  if (!textCanvas) return text.length * size * 0.55;
  textCanvas.font = `${format?.italic ? "italic " : ""}${format?.bold ? "bold " : ""}${size}px ${FONT_FAMILY}`;
  return Math.max(...text.split("\n").map((line) => textCanvas?.measureText(line).width ?? 0));
}

/** How a drawn cell meets its neighbours when text runs on over empty cells to its right. */
interface Spill {
  /** The last column the cell's text runs into. */
  through?: number;
  /** Pixels from the cell's left edge to the end of that column: the text is cut there. */
  room?: number;
  /** The cell lies under text from its left: no gridline on that side. */
  covered?: boolean;
}

/**
 * How a cell looks: its fill, font, wrapping, alignment and borders. Text that spills runs on
 * over the empty cells to its right without gridlines between, as Excel shows it.
 */
function cellStyle(cell: MemoryCell | undefined, spill: Spill): CSSProperties {
  const f = cell?.format ?? {};
  const h = f.hAlign?.toLowerCase();
  return {
    backgroundColor: f.fill,
    fontWeight: f.bold ? "bold" : undefined,
    fontStyle: f.italic ? "italic" : undefined,
    fontSize: f.size ? `${f.size * POINT_PX}px` : undefined,
    color: f.color,
    overflow: spill.through !== undefined ? "visible" : "hidden",
    whiteSpace: f.wrap ? "pre-wrap" : "pre",
    overflowWrap: f.wrap ? "anywhere" : undefined,
    textAlign:
      h === "left" || h === "center" || h === "right"
        ? h
        : typeof cell?.value === "number"
          ? "right"
          : "left",
    verticalAlign: V_ALIGN[f.vAlign ?? ""] ?? "bottom",
    borderTop: f.borders?.top ? EDGE : GRIDLINE,
    borderBottom: f.borders?.bottom ? EDGE : GRIDLINE,
    // "hidden" wins over the neighbour's gridline where borders collapse.
    borderLeft: f.borders?.left ? EDGE : spill.covered ? "hidden" : GRIDLINE,
    borderRight: f.borders?.right ? EDGE : GRIDLINE,
  };
}

/**
 * Scroll the grid just enough to show the cell clear of the sticky headers; a cell wider or taller
 * than the view shows its top-left corner.
 */
function reveal(scroller: HTMLElement, td: HTMLElement): void {
  const view = scroller.getBoundingClientRect();
  const cell = td.getBoundingClientRect();
  const table = td.closest("table");
  const headerHeight = table?.tHead?.getBoundingClientRect().height ?? 0;
  const left = view.left + ROW_HEADER_PX;
  const top = view.top + headerHeight;
  const right = view.left + scroller.clientWidth;
  const bottom = view.top + scroller.clientHeight;
  if (cell.left < left || cell.width > right - left) scroller.scrollLeft += cell.left - left;
  else if (cell.right > right) scroller.scrollLeft += cell.right - right;
  if (cell.top < top || cell.height > bottom - top) scroller.scrollTop += cell.top - top;
  else if (cell.bottom > bottom) scroller.scrollTop += cell.bottom - bottom;
}

export interface SheetGridProps {
  sheet: MemorySheet;
  /** Grows whenever the workbook changed (the sheet object is changed in place). */
  version: number;
  selection: GridSelection;
  lang: Lang;
  onSelect: (selection: GridSelection) => void;
  /** Enter text into a cell as a person types it ("" clears it). */
  onEnter: (cell: CellPos, text: string) => void;
  /** Delete pressed: clear the contents of the selected cell, rows or columns. */
  onClear: (selection: GridSelection) => void;
  /** Insert or delete entire rows or columns. */
  onStructure: (change: StructureChange) => void;
  onUndo: () => void;
  onRedo: () => void;
}

interface Editing {
  cell: CellPos;
  text: string;
}

/**
 * One sheet as a grid: values as their formats show them, merged areas, fills, fonts, wrapping,
 * column widths and row heights. Arrow keys move the selection, Enter or F2 edits, Delete clears;
 * rows and columns are inserted and deleted as in Excel, by the context menu (right click,
 * Shift+F10) or Ctrl++ / Ctrl+-, and Ctrl+Z / Ctrl+Y undo and redo.
 */
export function SheetGrid({
  sheet,
  version,
  selection,
  lang,
  onSelect,
  onEnter,
  onClear,
  onStructure,
  onUndo,
  onRedo,
}: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [menu, setMenu] = useState<MenuPlace | null>(null);
  /** Ctrl++ or Ctrl+- on a single cell: the question whether rows or columns. */
  const [asking, setAsking] = useState<StructureChange["kind"] | null>(null);
  /** Set when the keyboard moved the selection: focus follows it into the new cell. */
  const focusCell = useRef(false);
  const active = selection.active;

  // The sheet object changes in place; `version` says when to look at it again.
  const extent = useMemo(() => sheetExtent(sheet, active), [sheet, active, version]);
  const shownTop = Math.min(top, Math.max(0, extent.rows - 1));
  const bottom = Math.min(shownTop + ROW_WINDOW, extent.rows);
  const rows = useMemo(
    () => drawnRows(sheet.merges, shownTop, bottom, extent.cols),
    [sheet, shownTop, bottom, extent.cols, version],
  );

  const selectedAddress = cellAddress(active.row, active.col);
  // A newly selected cell (a finding shown, a key pressed) brings its rows into the window.
  const selectedRow = active.row;
  useEffect(() => {
    setTop((t) => windowTop(t, selectedRow, extent.rows));
  }, [selectedAddress, selectedRow, extent.rows]);

  const activeTd = () =>
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${selectedAddress}"]`) ?? null;

  useLayoutEffect(() => {
    const td = activeTd();
    if (!td || !scroller.current) return;
    if (focusCell.current) {
      focusCell.current = false;
      td.focus({ preventScroll: true });
    }
    reveal(scroller.current, td);
  }, [selectedAddress, shownTop, version]);

  const choose = (next: GridSelection, withFocus: boolean) => {
    focusCell.current = withFocus;
    onSelect(next);
  };
  const select = (cell: CellPos, withFocus: boolean) => choose({ active: cell }, withFocus);

  /** Back to the grid after a menu or the dialog: the keyboard carries on from the active cell. */
  const refocus = () => {
    focusCell.current = true;
    activeTd()?.focus({ preventScroll: true });
  };

  const act = (kind: StructureChange["kind"], axis: StructureChange["axis"]) => {
    focusCell.current = true;
    onStructure({ kind, axis, lines: linesOf(selection, sheet.merges, axis) });
  };

  const inRows = (row: number) =>
    selection.rows !== undefined && row >= selection.rows.from && row <= selection.rows.to;
  const inColumns = (col: number) =>
    selection.columns !== undefined && col >= selection.columns.from && col <= selection.columns.to;

  /** Right click: select what was clicked unless it is already selected, then show the menu. */
  const contextMenu = (
    e: React.MouseEvent,
    axes: MenuPlace["axes"],
    next: GridSelection,
    selected: boolean,
  ) => {
    e.preventDefault();
    if (!selected) choose(next, false);
    setMenu({ target: pointTarget(e.clientX, e.clientY), axes });
  };

  const startEdit = (cell: CellPos, text?: string) =>
    setEditing({ cell, text: text ?? enteredText(sheet.cells[cellAddress(cell.row, cell.col)]) });

  /** Enter the edited text; with a move (Enter), select the next cell and keep the focus there. */
  const commit = (move: { dr: number; dc: number } | null) => {
    if (!editing) return;
    onEnter(editing.cell, editing.text);
    setEditing(null);
    // Leaving by Tab or a click elsewhere: the focus goes where the person sent it.
    if (move) select(moveFrom(sheet.merges, editing.cell, move.dr, move.dc, extent), true);
  };

  /** Excel's keys for rows and columns, undo and the context menu; true when the key was one. */
  const commandKey = (e: React.KeyboardEvent): boolean => {
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    const lines = (axis: StructureChange["axis"]) => linesOf(selection, sheet.merges, axis);
    const whole = selection.rows ? "rows" : selection.columns ? "columns" : null;
    if ((e.shiftKey && e.key === "F10") || e.key === "ContextMenu") {
      const td = activeTd();
      if (td) setMenu({ target: td, axes: whole ? [whole] : ["rows", "columns"] });
    } else if (e.key === " " && e.shiftKey && !ctrl) {
      choose({ active, rows: lines("rows") }, true);
    } else if (e.key === " " && ctrl && !e.shiftKey) {
      choose({ active, columns: lines("columns") }, true);
    } else if (ctrl && (e.key === "+" || (e.shiftKey && (e.key === "=" || e.code === "Equal")))) {
      if (whole) act("insert", whole);
      else setAsking("insert");
    } else if (ctrl && !e.shiftKey && (e.key === "-" || e.code === "NumpadSubtract")) {
      if (whole) act("delete", whole);
      else setAsking("delete");
    } else if (ctrl && key === "z" && !e.shiftKey) {
      focusCell.current = true;
      onUndo();
    } else if (ctrl && (key === "y" || (key === "z" && e.shiftKey))) {
      focusCell.current = true;
      onRedo();
    } else {
      return false;
    }
    return true;
  };

  const onGridKey = (e: React.KeyboardEvent) => {
    if (editing || e.altKey) return;
    if (commandKey(e)) {
      e.preventDefault();
      return;
    }
    if (e.ctrlKey || e.metaKey) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-20, 0],
      PageDown: [20, 0],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      select(moveFrom(sheet.merges, active, move[0], move[1], extent), true);
    } else if (e.key === "Home") {
      e.preventDefault();
      select({ row: active.row, col: 0 }, true);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEdit(active);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      onClear(selection);
    } else if (e.key.length === 1 && e.key !== " ") {
      e.preventDefault();
      startEdit(active, e.key);
    }
  };

  const widthOf = (c: number) =>
    sheet.columnWidths[c] !== undefined ? sheet.columnWidths[c] * POINT_PX : DEFAULT_COLUMN_PX;
  const tableWidth =
    ROW_HEADER_PX +
    Array.from({ length: extent.cols }, (_, c) => widthOf(c)).reduce((a, b) => a + b, 0);

  const isFree = (row: number, col: number) =>
    col < extent.cols &&
    sheet.cells[cellAddress(row, col)]?.value === undefined &&
    !sheet.cells[cellAddress(row, col)]?.format?.borders?.left &&
    !mergeAt(sheet.merges, row, col);

  /** Unwrapped, left-aligned text wider than its cell runs on over the free cells to its right. */
  const spillsOf = (cells: DrawnCell[]): Map<number, Spill> => {
    const spills = new Map<number, Spill>();
    for (const d of cells) {
      const cell = sheet.cells[cellAddress(d.source.row, d.source.col)];
      const h = cell?.format?.hAlign?.toLowerCase();
      if (typeof cell?.value !== "string" || cell.format?.wrap) continue;
      // Excel never runs a merged area's text on beyond the area.
      if (mergeAt(sheet.merges, d.source.row, d.source.col)) continue;
      if ((h && h !== "left" && h !== "general") || cell.format?.borders?.right) continue;
      const needed = textWidth(cell.value, cell.format) + CELL_PADDING_PX + 2;
      let room = widthOf(d.col);
      let last = d.col;
      while (room < needed && isFree(d.row, last + 1)) {
        last += 1;
        room += widthOf(last);
        spills.set(last, { covered: true });
      }
      if (last > d.col) spills.set(d.col, { ...spills.get(d.col), through: last, room });
    }
    return spills;
  };

  const drawCell = (d: DrawnCell, spills: Map<number, Spill>) => {
    const address = cellAddress(d.row, d.col);
    const cell = sheet.cells[cellAddress(d.source.row, d.source.col)];
    const isSelected = active.row === d.row && active.col === d.col;
    const inBand = inRows(d.row) || inColumns(d.col);
    const isEditing = editing?.cell.row === d.row && editing?.cell.col === d.col;
    const spill = isEditing ? {} : (spills.get(d.col) ?? {});
    return (
      <td
        key={address}
        role="gridcell"
        data-cell={address}
        rowSpan={d.rowSpan > 1 ? d.rowSpan : undefined}
        colSpan={d.colSpan > 1 ? d.colSpan : undefined}
        aria-selected={isSelected}
        aria-colindex={d.col + 2}
        tabIndex={isSelected ? 0 : -1}
        className={`${styles.cell} ${isSelected ? styles.selected : ""} ${inBand ? styles.band : ""}`}
        style={cellStyle(cell, spill)}
        onMouseDown={(e) =>
          e.button === 0 && !isEditing && select({ row: d.row, col: d.col }, true)
        }
        onContextMenu={(e) =>
          contextMenu(
            e,
            ["rows", "columns"],
            { active: { row: d.row, col: d.col } },
            inBand || isSelected,
          )
        }
        onDoubleClick={() => startEdit({ row: d.row, col: d.col })}
      >
        {isEditing ? (
          <input
            className={styles.editor}
            aria-label={tell("editCell", lang, { cell: address })}
            value={editing.text}
            autoFocus
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
            onBlur={() => commit(null)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                commit({ dr: e.shiftKey ? -1 : 1, dc: 0 });
              } else if (e.key === "Escape") {
                e.preventDefault();
                setEditing(null);
                select(editing.cell, true);
              } else if (e.key === "Tab") {
                commit(null);
              }
            }}
          />
        ) : spill.room !== undefined ? (
          <span className={styles.spill} style={{ width: `${spill.room - CELL_PADDING_PX}px` }}>
            {shownText(cell)}
          </span>
        ) : (
          shownText(cell)
        )}
      </td>
    );
  };

  const rowSpills = useMemo(
    () => rows.map(spillsOf),
    [rows, version], // the sheet changes in place: version says when
  );

  const helpId = `grid-help-${sheet.id.replace(/\W/g, "")}`;
  return (
    <>
      <div className={styles.scroller} ref={scroller}>
        <span id={helpId} className={styles.help}>
          {tell("gridHelp", lang)}
        </span>
        <span role="status" className={styles.help}>
          {selectionText(selection, lang)}
        </span>
        <table
          role="grid"
          aria-label={sheet.name}
          aria-describedby={helpId}
          aria-rowcount={extent.rows + 1}
          aria-colcount={extent.cols + 1}
          className={styles.table}
          style={{ width: `${tableWidth}px` }}
          onKeyDown={onGridKey}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_PX}px` }} />
            {Array.from({ length: extent.cols }, (_, c) => (
              <col key={c} style={{ width: `${widthOf(c)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              <th className={styles.corner} aria-hidden />
              {Array.from({ length: extent.cols }, (_, c) => {
                const column: GridSelection = {
                  active: { row: 0, col: c },
                  columns: { from: c, to: c },
                };
                return (
                  <th
                    key={c}
                    role="columnheader"
                    className={`${styles.columnHeader} ${inColumns(c) ? styles.headerSelected : active.col === c ? styles.headerActive : ""}`}
                    onMouseDown={(e) => e.button === 0 && choose(column, true)}
                    onContextMenu={(e) => contextMenu(e, ["columns"], column, inColumns(c))}
                  >
                    {columnLetters(c)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => {
              const r = shownTop + i;
              const height = sheet.rowHeights[r];
              const row: GridSelection = { active: { row: r, col: 0 }, rows: { from: r, to: r } };
              return (
                <tr
                  key={r}
                  role="row"
                  aria-rowindex={r + 2}
                  style={{
                    height: `${height !== undefined ? height * POINT_PX : DEFAULT_ROW_PX}px`,
                  }}
                >
                  <th
                    role="rowheader"
                    className={`${styles.rowHeader} ${inRows(r) ? styles.headerSelected : active.row === r ? styles.headerActive : ""}`}
                    onMouseDown={(e) => e.button === 0 && choose(row, true)}
                    onContextMenu={(e) => contextMenu(e, ["rows"], row, inRows(r))}
                  >
                    {r + 1}
                  </th>
                  {cells.map((d) => drawCell(d, rowSpills[i]))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {(extent.usedRows > ROW_WINDOW || extent.allCols > extent.cols) && (
        <div className={styles.notes} role="status">
          {extent.usedRows > ROW_WINDOW && (
            <>
              <span>
                {tell("rowsShown", lang, {
                  from: shownTop + 1,
                  to: Math.min(bottom, extent.usedRows),
                  total: extent.usedRows,
                })}
              </span>
              <Button
                size="small"
                disabled={shownTop === 0}
                onClick={() => setTop(Math.max(0, shownTop - ROW_WINDOW))}
              >
                {tell("earlierRows", lang)}
              </Button>
              <Button
                size="small"
                disabled={bottom >= extent.rows}
                onClick={() => setTop(Math.min(extent.rows - 1, shownTop + ROW_WINDOW))}
              >
                {tell("laterRows", lang)}
              </Button>
            </>
          )}
          {extent.allCols > extent.cols && (
            <span>{tell("columnsShown", lang, { shown: extent.cols, total: extent.allCols })}</span>
          )}
        </div>
      )}
      <GridMenu
        lang={lang}
        place={menu}
        onChoose={(change) => act(change.kind, change.axis)}
        onClose={() => {
          setMenu(null);
          refocus();
        }}
      />
      {asking && (
        <LinesDialog
          lang={lang}
          kind={asking}
          onChoose={(axis) => {
            setAsking(null);
            act(asking, axis);
          }}
          onClose={() => {
            setAsking(null);
            refocus();
          }}
        />
      )}
    </>
  );
}

/** What a screen reader hears when entire rows or columns are selected. */
function selectionText(selection: GridSelection, lang: Lang): string {
  const { rows, columns } = selection;
  if (rows) {
    return rows.from === rows.to
      ? tell("rowSelected", lang, { row: rows.from + 1 })
      : tell("rowsSelected", lang, { from: rows.from + 1, to: rows.to + 1 });
  }
  if (columns) {
    return columns.from === columns.to
      ? tell("columnSelected", lang, { column: columnLetters(columns.from) })
      : tell("columnsSelected", lang, {
          from: columnLetters(columns.from),
          to: columnLetters(columns.to),
        });
  }
  return "";
}
