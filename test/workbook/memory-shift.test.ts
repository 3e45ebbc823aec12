import fc from "fast-check";
import { memorySheet, type MemorySheet, type MemoryWorkbook } from "../../src/workbook/memory";
import { SHEET_COLUMNS, SHEET_ROWS } from "../../src/core/grid";
import {
  checkShift,
  shiftOf,
  shiftRect,
  shiftSheet,
  shiftSpan,
  type Shift,
} from "../../src/workbook/memory/shift";

const BOX = { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" };

/**
 * A small plan table: a merged title, a header, two activities with a vertical merge beside them,
 * their average below, a drop-down list and a rule on the percentages, frozen header, print
 * titles and a chart, and a summary sheet reading it.
 */
function planBook(): { wb: MemoryWorkbook; plan: MemorySheet; summary: MemorySheet } {
  const plan = memorySheet("{1}", "Plan");
  plan.cells = {
    A1: { value: "Гарчиг", format: { bold: true } },
    A2: { value: "Д/д", format: { borders: BOX } },
    B2: { value: "Арга хэмжээ", format: { borders: BOX } },
    C2: { value: "Хувь", format: { borders: BOX } },
    A3: { value: "1.1.", numberFormat: "@", format: { borders: BOX } },
    B3: { value: "Эхний", format: { borders: BOX } },
    C3: { value: 0.5, numberFormat: "0%", format: { borders: BOX } },
    D3: { value: "Нийт", format: { fill: "#F2F2F2" } },
    A4: { value: "1.2.", numberFormat: "@", format: { borders: BOX } },
    B4: { value: "Хоёр дахь", format: { borders: BOX }, hyperlink: { address: "https://x.mn" } },
    C4: { value: 0.75, numberFormat: "0%", format: { borders: BOX } },
    C5: { formula: "=AVERAGE(C3:C4)", value: 0.625, numberFormat: "0%" },
  };
  plan.merges = [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
  ];
  plan.rowHeights = { 1: 30, 2: 18 };
  plan.columnWidths = { 0: 40, 1: 200 };
  plan.freeze = { rows: 2, cols: 0 };
  plan.pageLayout = { printTitleRows: "$2:$2" };
  plan.validations = [
    {
      range: { top: 2, left: 2, bottom: 3, right: 2 },
      list: { inCellDropDown: true, source: "=$C$2" },
    },
  ];
  plan.conditionalFormats = [
    { range: { top: 2, left: 2, bottom: 3, right: 2 }, type: "Custom", formula: "=C3<0.6" },
  ];
  plan.charts = [
    {
      name: "Chart 1",
      type: "ColumnClustered",
      source: { top: 2, left: 2, bottom: 3, right: 2 },
      seriesBy: "Auto",
      position: { start: "E2", end: "H6" },
    },
  ];
  const summary = memorySheet("{2}", "Summary");
  summary.cells = { A1: { formula: "=Plan!C5+Plan!C4", value: 1.375 } };
  return { wb: { sheets: [plan, summary], activeSheetId: "{1}", settings: {} }, plan, summary };
}

function apply(wb: MemoryWorkbook, sheet: MemorySheet, s: Shift): void {
  checkShift(sheet, s);
  shiftSheet(wb, sheet, s);
}

describe("shift geometry", () => {
  it("tells entire rows and columns from a range of cells", () => {
    const rows = { top: 4, left: 0, bottom: 6, right: SHEET_COLUMNS - 1 };
    const cols = { top: 0, left: 2, bottom: SHEET_ROWS - 1, right: 3 };
    const cells = { top: 3, left: 1, bottom: 3, right: 4 };
    // "5:7" inserted moves rows whatever the direction; "C:D" moves columns.
    expect(shiftOf("insert", rows, "columns")).toEqual({
      kind: "insert",
      axis: "rows",
      at: 4,
      count: 3,
    });
    expect(shiftOf("delete", cols, "rows")).toEqual({
      kind: "delete",
      axis: "columns",
      at: 2,
      count: 2,
    });
    // B4:E4 shifted down moves columns B–E (1–4) from row 4 (index 3).
    expect(shiftOf("insert", cells, "rows")).toEqual({
      kind: "insert",
      axis: "rows",
      at: 3,
      count: 1,
      band: { from: 1, to: 4 },
    });
  });

  it("moves, grows, shrinks and deletes spans", () => {
    const insert: Shift = { kind: "insert", axis: "rows", at: 4, count: 2 };
    expect(shiftSpan(insert, 1, 3)).toEqual([1, 3]);
    expect(shiftSpan(insert, 4, 5)).toEqual([6, 7]);
    expect(shiftSpan(insert, 3, 4)).toEqual([3, 6]);
    expect(shiftSpan(insert, 0, SHEET_ROWS - 1)).toEqual([0, SHEET_ROWS - 1]);
    const remove: Shift = { kind: "delete", axis: "rows", at: 4, count: 2 };
    expect(shiftSpan(remove, 2, 8)).toEqual([2, 6]);
    expect(shiftSpan(remove, 4, 5)).toBeNull();
    expect(shiftSpan(remove, 5, 9)).toEqual([4, 7]);
    expect(shiftSpan(remove, 2, 4)).toEqual([2, 3]);
  });

  it("says a band shift would split a rectangle reaching beyond the band", () => {
    const band: Shift = { kind: "insert", axis: "rows", at: 3, count: 1, band: { from: 1, to: 2 } };
    expect(shiftRect(band, { top: 3, left: 0, bottom: 3, right: 1 })).toBe("split");
    // Above the shifted rows, or beside the band, nothing moves.
    expect(shiftRect(band, { top: 0, left: 0, bottom: 2, right: 5 })).toEqual({
      top: 0,
      left: 0,
      bottom: 2,
      right: 5,
    });
    expect(shiftRect(band, { top: 3, left: 1, bottom: 4, right: 2 })).toEqual({
      top: 4,
      left: 1,
      bottom: 5,
      right: 2,
    });
  });
});

describe("shiftSheet: entire rows", () => {
  it("inserts a row inside the table: everything below moves, the new row takes the row above's formats", () => {
    const { wb, plan, summary } = planBook();
    apply(wb, plan, { kind: "insert", axis: "rows", at: 3, count: 1 });
    // Row 4 is new: it has row 3's formats and number formats, no values, no link.
    expect(plan.cells.A4).toEqual({ numberFormat: "@", format: { borders: BOX } });
    expect(plan.cells.B4).toEqual({ format: { borders: BOX } });
    expect(plan.cells.C4).toEqual({ numberFormat: "0%", format: { borders: BOX } });
    expect(plan.cells.D4).toEqual({ format: { fill: "#F2F2F2" } });
    // Old row 4 is row 5, link and all; the average is in C6 and reads one more row.
    expect(plan.cells.A5.value).toBe("1.2.");
    expect(plan.cells.B5.hyperlink).toEqual({ address: "https://x.mn" });
    expect(plan.cells.C6).toEqual({ formula: "=AVERAGE(C3:C5)", value: 0.625, numberFormat: "0%" });
    expect(summary.cells.A1.formula).toBe("=Plan!C6+Plan!C5");
    // The vertical merge D3:D4 grows to D3:D5; the title merge stays.
    expect(plan.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 3, bottom: 4, right: 3 },
    ]);
    // Row 3's height (18) goes to the new row 4 too; row 2 keeps its 30.
    expect(plan.rowHeights).toEqual({ 1: 30, 2: 18, 3: 18 });
    expect(plan.validations[0].range).toEqual({ top: 2, left: 2, bottom: 4, right: 2 });
    expect(plan.conditionalFormats[0]).toMatchObject({
      range: { top: 2, left: 2, bottom: 4, right: 2 },
      formula: "=C3<0.6",
    });
    expect(plan.charts[0].source).toEqual({ top: 2, left: 2, bottom: 4, right: 2 });
    expect(plan.charts[0].position).toEqual({ start: "E2", end: "H7" });
    expect(plan.freeze).toEqual({ rows: 2, cols: 0 });
    expect(plan.pageLayout.printTitleRows).toBe("$2:$2");
  });

  it("inserts above the first row with the formats of the row below", () => {
    const { wb, plan } = planBook();
    apply(wb, plan, { kind: "insert", axis: "rows", at: 0, count: 1 });
    expect(plan.cells.A1).toEqual({ format: { bold: true } });
    expect(plan.cells.A2.value).toBe("Гарчиг");
    // The frozen rows and the print titles moved down with the header.
    expect(plan.freeze).toEqual({ rows: 3, cols: 0 });
    expect(plan.pageLayout.printTitleRows).toBe("$3:$3");
    expect(plan.validations[0].list?.source).toBe("=$C$3");
  });

  it("deletes a row: the rows below move up, merges and ranges shrink, references to it break", () => {
    const { wb, plan, summary } = planBook();
    apply(wb, plan, { kind: "delete", axis: "rows", at: 3, count: 1 });
    expect(plan.cells.A4).toBeUndefined();
    expect(plan.cells.C4).toEqual({ formula: "=AVERAGE(C3:C3)", value: 0.625, numberFormat: "0%" });
    // Summary read C5 (now C4) and C4 (deleted).
    expect(summary.cells.A1).toEqual({ formula: "=Plan!C4+Plan!#REF!", value: "#REF!" });
    // D3:D4 loses a row and is one cell: no longer a merge.
    expect(plan.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(plan.rowHeights).toEqual({ 1: 30, 2: 18 });
    expect(plan.validations[0].range).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(plan.charts[0].position).toEqual({ start: "E2", end: "H5" });
  });

  it("deletes the frozen header rows and the print titles with them", () => {
    const { wb, plan } = planBook();
    apply(wb, plan, { kind: "delete", axis: "rows", at: 0, count: 2 });
    expect(plan.freeze).toBeUndefined();
    expect(plan.pageLayout.printTitleRows).toBeUndefined();
    expect(plan.cells.A1.value).toBe("1.1.");
    expect(plan.validations[0].list?.source).toBe("=#REF!");
  });

  it("refuses to push a filled cell off the sheet", () => {
    const { plan } = planBook();
    plan.cells[`A${SHEET_ROWS}`] = { value: "сүүлчийн" };
    expect(() => checkShift(plan, { kind: "insert", axis: "rows", at: 0, count: 1 })).toThrow(
      expect.objectContaining({ code: "NonBlankCellOffSheet" }),
    );
  });
});

describe("shiftSheet: entire columns and ranges of cells", () => {
  it("inserts a column before B: it takes column A's formats and width", () => {
    const { wb, plan, summary } = planBook();
    apply(wb, plan, { kind: "insert", axis: "columns", at: 1, count: 1 });
    expect(plan.cells.B2).toEqual({ format: { borders: BOX } });
    expect(plan.cells.B3).toEqual({ numberFormat: "@", format: { borders: BOX } });
    expect(plan.cells.C2.value).toBe("Арга хэмжээ");
    expect(plan.columnWidths).toEqual({ 0: 40, 1: 40, 2: 200 });
    // The title A1:C1 had the insertion pass through it: A1:D1.
    expect(plan.merges[0]).toEqual({ top: 0, left: 0, bottom: 0, right: 3 });
    expect(plan.cells.D5.formula).toBe("=AVERAGE(D3:D4)");
    expect(summary.cells.A1.formula).toBe("=Plan!D5+Plan!D4");
    expect(plan.pageLayout.printTitleRows).toBe("$2:$2");
  });

  it("shifts a range of cells down, leaving the columns beside it", () => {
    const { wb, plan } = planBook();
    // B3:C3 shifted down: B–C from row 3 move, A and D stay.
    apply(wb, plan, { kind: "insert", axis: "rows", at: 2, count: 1, band: { from: 1, to: 2 } });
    expect(plan.cells.A3.value).toBe("1.1.");
    expect(plan.cells.B3).toEqual({ format: { borders: BOX } });
    expect(plan.cells.B4.value).toBe("Эхний");
    expect(plan.cells.C6.formula).toBe("=AVERAGE(C4:C5)");
    // Row heights and frozen panes belong to entire rows: unchanged.
    expect(plan.rowHeights).toEqual({ 1: 30, 2: 18 });
  });

  it("refuses a range shift that would split a merged area", () => {
    const { plan } = planBook();
    // B1 shifted down would move part of the title A1:C1.
    expect(() =>
      checkShift(plan, { kind: "insert", axis: "rows", at: 0, count: 1, band: { from: 1, to: 1 } }),
    ).toThrow(expect.objectContaining({ code: "InsertDeleteConflict" }));
    // D4 deleted upwards would cut the merge D3:D4 in two.
    expect(() =>
      checkShift(plan, { kind: "delete", axis: "rows", at: 3, count: 1, band: { from: 3, to: 3 } }),
    ).toThrow(expect.objectContaining({ code: "InsertDeleteConflict" }));
  });
});

describe("shiftSheet: properties", () => {
  const position = fc.record({ row: fc.nat(12), col: fc.nat(6) });
  const address = position.map(({ row, col }) => `${String.fromCharCode(65 + col)}${row + 1}`);
  const sheetArb = fc
    .record({
      values: fc.dictionary(address, fc.oneof(fc.integer(), fc.string({ maxLength: 4 }))),
      formulas: fc.dictionary(
        address,
        fc
          .tuple(address, address, fc.boolean())
          .map(([a, b, abs]) => (abs ? `=SUM($${a[0]}$${a.slice(1)},Plan!${b})` : `=${a}+${b}*2`)),
      ),
      merges: fc.array(fc.tuple(position, fc.nat(2), fc.nat(2)), { maxLength: 3 }),
      heights: fc.dictionary(fc.nat(14).map(String), fc.integer({ min: 10, max: 60 })),
      frozen: fc.nat(4),
    })
    .map(({ values, formulas, merges, heights, frozen }) => {
      const sheet = memorySheet("{1}", "Plan");
      for (const [a, v] of Object.entries(values))
        sheet.cells[a] = { value: v, format: { bold: true } };
      for (const [a, f] of Object.entries(formulas)) sheet.cells[a] = { formula: f, value: 0 };
      for (const [p, h, w] of merges) {
        const m = { top: p.row, left: p.col, bottom: p.row + h, right: p.col + w + 1 };
        const overlaps = sheet.merges.some(
          (o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right,
        );
        if (!overlaps) sheet.merges.push(m);
      }
      sheet.rowHeights = Object.fromEntries(
        Object.entries(heights).map(([k, v]) => [Number(k), v]),
      );
      if (frozen > 0) sheet.freeze = { rows: frozen, cols: 0 };
      return sheet;
    });

  it("inserting rows and deleting the same rows gives the workbook back", () => {
    fc.assert(
      fc.property(sheetArb, fc.nat(14), fc.integer({ min: 1, max: 3 }), (sheet, at, count) => {
        const wb: MemoryWorkbook = { sheets: [sheet], activeSheetId: "{1}", settings: {} };
        const before = structuredClone(wb);
        apply(wb, sheet, { kind: "insert", axis: "rows", at, count });
        apply(wb, sheet, { kind: "delete", axis: "rows", at, count });
        expect(wb).toEqual(before);
      }),
    );
  });

  it("inserting columns and deleting them gives the workbook back", () => {
    fc.assert(
      fc.property(sheetArb, fc.nat(8), fc.integer({ min: 1, max: 2 }), (sheet, at, count) => {
        const wb: MemoryWorkbook = { sheets: [sheet], activeSheetId: "{1}", settings: {} };
        const before = structuredClone(wb);
        apply(wb, sheet, { kind: "insert", axis: "columns", at, count });
        apply(wb, sheet, { kind: "delete", axis: "columns", at, count });
        expect(wb).toEqual(before);
      }),
    );
  });

  it("a range shifted down and back up gives the workbook back, or is refused whole", () => {
    fc.assert(
      fc.property(sheetArb, fc.nat(12), fc.nat(5), fc.nat(2), (sheet, at, from, width) => {
        const wb: MemoryWorkbook = { sheets: [sheet], activeSheetId: "{1}", settings: {} };
        const before = structuredClone(wb);
        const band = { from, to: from + width };
        try {
          apply(wb, sheet, { kind: "insert", axis: "rows", at, count: 1, band });
        } catch (error) {
          expect(error).toMatchObject({ code: "InsertDeleteConflict" });
          expect(wb).toEqual(before);
          return;
        }
        apply(wb, sheet, { kind: "delete", axis: "rows", at, count: 1, band });
        expect(wb).toEqual(before);
      }),
    );
  });

  it("keeps every value in its column when rows are inserted", () => {
    fc.assert(
      fc.property(sheetArb, fc.nat(14), fc.integer({ min: 1, max: 3 }), (sheet, at, count) => {
        const wb: MemoryWorkbook = { sheets: [sheet], activeSheetId: "{1}", settings: {} };
        const values = (s: MemorySheet) =>
          Object.entries(s.cells)
            .filter(([, c]) => c.formula === undefined && c.value !== undefined)
            .map(([a, c]) => [a.replace(/\d+/, ""), c.value])
            .sort((x, y) => String(x).localeCompare(String(y)));
        const before = values(sheet);
        apply(wb, sheet, { kind: "insert", axis: "rows", at, count });
        expect(values(sheet)).toEqual(before);
      }),
    );
  });
});
