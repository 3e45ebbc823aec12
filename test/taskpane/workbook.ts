import type { CellValue, Grid } from "../../src/core/grid";
import type { SheetModel } from "../../src/core/sheet";
import { TEMPLATES } from "../../src/core/templates";
import { createMemoryExcel, type MemoryExcel } from "../../src/workbook/memory/excel";
import { memoryWorkbookFromGrids, sheetNamed } from "../../src/workbook/memory/model";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { parseState, type WorkbookState } from "../../src/workbook/state";
import { STATE_SETTING } from "../../src/workbook/office/adapter";

/**
 * A small organisation report (seed 000's form): two objectives, fulfilment % left empty where
 * the levels give a figure, and two activity texts with a Latin look-alike letter (TEXT-SCRIPT).
 */
export function reportGrid(sheet = "Биелэлт"): Grid {
  const headers = TEMPLATES["org-report"].columns.map((c) => c.header);
  const row = (...cells: CellValue[]): CellValue[] => [
    ...cells,
    ...new Array<CellValue>(Math.max(0, headers.length - cells.length)).fill(null),
  ];
  return {
    sheet,
    origin: { row: 0, col: 0 },
    cells: [
      row("ТУРШИЛТЫН ХЭЛТСИЙН 2025 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ"),
      [...headers],
      headers.map((_, i) => i + 1),
      row("Зорилт 1. Нийгмийн даатгалын хамралтыг нэмэгдүүлэх"),
      row(
        "1.1.",
        "Сайн дурын даатгалд иргэдийг хамруулах",
        "-",
        "Хамрагдсан иргэдийн тоо",
        100,
        200,
        150,
      ),
      row("1.2.", "Dүрэм журмыг шинэчлэх", "-", "Шинэчилсэн журмын тоо", 2, 4, 4),
      row("Зорилт 2. Үйлчилгээг цахимжуулах"),
      row("2.1.", "Цахим үйлчилгээг нэмэх", "-", "Цахим үйлчилгээний тоо", 10, 20, 10),
      row("2.2.", "Dугаарын систем нэвтрүүлэх", "-", "Хэрэглэгчдийн тоо", 50, 100, 100),
    ],
  };
}

export interface FakeWorkbook {
  excel: MemoryExcel;
  port: OfficeWorkbook;
  /** A cell's value on a sheet (undefined when empty or no such sheet). */
  value(sheet: string, cell: string): string | number | boolean | undefined;
  /** Type into a cell, as a person would. */
  type(sheet: string, cell: string, value: string | number): void;
  /** Make a sheet the active one. */
  activate(sheet: string): void;
  sheetNames(): string[];
  /** The add-in's state as stored in the workbook's settings. */
  state(): WorkbookState;
}

/** The in-memory Excel holding the grids as sheets, behind the real Office adapter. */
export function fakeWorkbook(grids: Grid[]): FakeWorkbook {
  const excel = createMemoryExcel(memoryWorkbookFromGrids(grids));
  const wb = excel.workbook;
  const sheet = (name: string) => {
    const s = sheetNamed(wb, name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    excel,
    port: new OfficeWorkbook(excel),
    value: (name, cell) => sheetNamed(wb, name)?.cells[cell]?.value,
    type: (name, cell, value) => {
      const s = sheet(name);
      s.cells[cell] = { ...s.cells[cell], value };
    },
    activate: (name) => {
      wb.activeSheetId = sheet(name).id;
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    state: () => parseState(wb.settings[STATE_SETTING] ?? "").state,
  };
}

/** A sheet model (as the core makes it) as the grid of a person's sheet. */
export function gridOfModel(model: SheetModel): Grid {
  return {
    sheet: model.name,
    origin: { row: 0, col: 0 },
    cells: model.values,
    merges: model.merges,
  };
}
