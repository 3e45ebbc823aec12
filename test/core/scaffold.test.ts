import fc from "fast-check";
import { cellText, type CellValue, type Merge } from "../../src/core/grid";
import type { CellStyle, SheetModel } from "../../src/core/sheet";
import { ALL_TEMPLATES, TEMPLATES } from "../../src/core/templates";
import { PLACEHOLDER_PROMPTS } from "../../src/core/templates/placeholders";
import {
  safeSheetName,
  scaffold,
  templateTitle,
  type ScaffoldResult,
} from "../../src/core/templates/scaffold";
import type { ColumnSpec, TemplateSpec } from "../../src/core/templates/spec";

const OPTIONS = {
  org: "Багахангай дүүргийн нийгмийн даатгалын газрын",
  unit: "Захиргаа, хяналтын хэлтсийн",
  year: 2026,
  period: "half" as const,
  position: "Сайн дурын даатгал хариуцсан байцаагч",
  name: "Очирбатын Чойенмаа",
  approver: { title: "Хэлтсийн дарга", name: "Д.Буянбаяр" },
  drafter: { title: "Ахлах мэргэжилтэн", name: "П.Майнбаяр" },
};

const at = (s: SheetModel, r: number, c: number): CellValue => s.values[r]?.[c] ?? null;
const text = (s: SheetModel, r: number, c: number) => cellText(at(s, r, c));
const inside = (m: Merge, r: number, c: number) =>
  r >= m.top && r <= m.bottom && c >= m.left && c <= m.right;

/** The style a cell ends up with: the sheet's style ranges applied in order. */
function styleAt(s: SheetModel, r: number, c: number): CellStyle {
  return (s.styles ?? [])
    .filter((x) => inside(x.range, r, c))
    .reduce<CellStyle>((acc, x) => ({ ...acc, ...x.style }), {});
}

function mergeAt(s: SheetModel, r: number, c: number): Merge | undefined {
  return (s.merges ?? []).find((m) => inside(m, r, c));
}

/** Rows of the main table's data: from dataTop up to the first empty row. */
function dataRows(res: ScaffoldResult): number[] {
  const rows: number[] = [];
  for (let r = res.dataTop; r < res.sheet.values.length; r++) {
    if (res.sheet.values[r].every((v) => v === null) && !mergeAt(res.sheet, r, 0)) break;
    rows.push(r);
  }
  return rows;
}

/** Checks the header rows of a table against its columns; returns the column-number row. */
function expectHeader(s: SheetModel, top: number, bottom: number, columns: ColumnSpec[]): void {
  const grouped = columns.some((c) => c.group);
  expect(bottom - top).toBe(grouped ? 1 : 0);
  columns.forEach((col, c) => {
    if (col.group) {
      expect(text(s, bottom, c)).toBe(col.header);
      const m = mergeAt(s, top, c);
      const groupStart = m ? m.left : c;
      expect(text(s, top, groupStart)).toBe(col.group);
      const span = columns.filter((x) => x.group === col.group).length;
      if (span > 1) expect(m && m.right - m.left + 1).toBe(span);
    } else {
      expect(text(s, top, c)).toBe(col.header);
      if (grouped) expect(mergeAt(s, top, c)).toEqual({ top, left: c, bottom, right: c });
    }
    for (let r = top; r <= bottom; r++) {
      expect(styleAt(s, r, c)).toMatchObject({
        bold: true,
        wrap: true,
        border: true,
        hAlign: "center",
      });
      expect(styleAt(s, r, c).fill).toMatch(/^#[0-9A-F]{6}$/);
    }
  });
}

function expectNumberRow(s: SheetModel, row: number, t: TemplateSpec, columns: ColumnSpec[]) {
  const numbered = columns
    .map((c, i) => ((t.columnNumberScope ?? "all") === "all" || c.group ? i : -1))
    .filter((i) => i >= 0);
  const got = columns.map((_c, i) => at(s, row, i));
  const want = columns.map((_c, i) => {
    const k = numbered.indexOf(i);
    return k >= 0 ? k + 1 : null;
  });
  expect(got).toEqual(want);
}

const CASES = ALL_TEMPLATES.flatMap((t) => [[t.id, false, t] as const, [t.id, true, t] as const]);

describe.each(CASES)("scaffold %s (example: %s)", (id, example, t) => {
  const res = scaffold(id, OPTIONS, example);
  const s = res.sheet;

  it("writes a dense rectangle of values", () => {
    const width = s.values[0].length;
    expect(width).toBeGreaterThanOrEqual(t.columns.length);
    for (const row of s.values) expect(row.length).toBe(width);
  });

  it("puts the exact header texts in the header rows, bold, filled, bordered", () => {
    expectHeader(s, res.headerRows.top, res.headerRows.bottom, t.columns);
    if (t.partTwo) {
      const two = res.partTwo;
      expect(two).toBeDefined();
      if (!two) return;
      expectHeader(s, two.headerRows.top, two.headerRows.bottom, t.partTwo.columns);
      expect(text(s, two.headerRows.top - 1, 0)).toBe(t.partTwo.heading);
    } else {
      expect(res.partTwo).toBeUndefined();
    }
  });

  it("numbers the columns under the header", () => {
    const numberRow = res.headerRows.bottom + 1;
    if (t.columnNumbers) {
      expect(res.dataTop).toBe(numberRow + 1);
      expectNumberRow(s, numberRow, t, t.columns);
      if (t.partTwo && res.partTwo) {
        expectNumberRow(s, res.partTwo.headerRows.bottom + 1, t, t.partTwo.columns);
      }
    } else {
      expect(res.dataTop).toBe(numberRow);
    }
  });

  it("has merges inside the sheet that never overlap", () => {
    const merges = s.merges ?? [];
    for (const m of merges) {
      expect(m.top).toBeGreaterThanOrEqual(0);
      expect(m.left).toBeGreaterThanOrEqual(0);
      expect(m.bottom).toBeGreaterThanOrEqual(m.top);
      expect(m.right).toBeGreaterThanOrEqual(m.left);
      expect(m.bottom > m.top || m.right > m.left).toBe(true);
      expect(m.bottom).toBeLessThan(s.values.length);
      expect(m.right).toBeLessThan(s.values[0].length);
      // Only the top-left cell of a merge holds a value.
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) expect(at(s, r, c)).toBeNull();
        }
      }
    }
    for (let i = 0; i < merges.length; i++) {
      for (let j = i + 1; j < merges.length; j++) {
        const a = merges[i];
        const b = merges[j];
        const overlap =
          a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });

  it("puts the title above the table, merged across it, bold and centred", () => {
    const row = s.values.findIndex((r) => r[0] === templateTitle(t, OPTIONS));
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThan(res.headerRows.top);
    expect(mergeAt(s, row, 0)).toEqual({
      top: row,
      left: 0,
      bottom: row,
      right: t.columns.length - 1,
    });
    expect(styleAt(s, row, 0)).toMatchObject({ bold: true, hAlign: "center", wrap: true });
  });

  it("sets widths, frozen panes and A4 landscape printing with the header repeated", () => {
    t.columns.forEach((c, i) => expect(s.columnWidths?.[i]).toBeGreaterThanOrEqual(c.width));
    expect(s.freeze).toEqual({ rows: res.dataTop, cols: 0 });
    expect(s.print).toEqual({
      paper: "A4",
      orientation: "landscape",
      repeatRows: res.headerRows,
      fitToWidth: true,
    });
    expect(s.name).toBe(t.sheetName);
  });

  it("borders every data cell and leaves no prompt in data cells", () => {
    const rows = dataRows(res);
    expect(rows.length).toBeGreaterThan(0);
    const prompts = Object.values(PLACEHOLDER_PROMPTS);
    for (const r of rows) {
      for (let c = 0; c < t.columns.length; c++) {
        expect(styleAt(s, r, c).border).toBe(true);
        const v = text(s, r, c);
        expect(prompts.some((p) => v.includes(p))).toBe(false);
        expect(v).not.toMatch(/^\(.*\)$/);
      }
    }
  });

  it("offers the drop-down lists and the fulfilment highlight on the data rows", () => {
    const rows = dataRows(res).filter((r) => text(s, r, 0) !== t.totalLabel);
    const range = (col: number) => ({
      top: res.dataTop,
      left: col,
      bottom: rows[rows.length - 1],
      right: col,
    });
    t.columns.forEach((col, i) => {
      const v = (s.validations ?? []).find(
        (x) => x.range.left === i && x.range.top === res.dataTop,
      );
      if (col.validation) {
        expect(v).toEqual({ range: range(i), ...col.validation });
      } else {
        expect(v).toBeUndefined();
      }
      const cf = (s.conditionalFormats ?? []).find(
        (x) => x.range.left === i && x.range.top === res.dataTop,
      );
      if (col.role === "fulfilment") {
        expect(cf).toMatchObject({ range: range(i), below: 1 });
        expect(styleAt(s, res.dataTop + 1, i).numberFormat).toBe("0%");
      } else {
        expect(cf).toBeUndefined();
      }
    });
  });

  it(
    example ? "shows an objective, an activity with two criteria" : "leaves rows ready to fill",
    () => {
      const rows = dataRows(res);
      const col = (role: string) => t.columns.findIndex((c) => c.role === role);
      const first = t.rowKinds.includes("section") ? rows[0] : undefined;
      if (first !== undefined) {
        expect(mergeAt(s, first, 0)).toEqual({
          top: first,
          left: 0,
          bottom: first,
          right: t.columns.length - 1,
        });
        expect(text(s, first, 0)).toMatch(/^Зорилт /);
        expect(styleAt(s, first, 0).bold).toBe(true);
      }
      const activity = first === undefined ? rows[0] : rows[1];
      const numberCol = col("number");
      if (numberCol >= 0) {
        const want = t.numbering === "N" ? 1 : t.numbering === "N." ? "1." : "1.1.";
        expect(at(s, activity, numberCol)).toEqual(want);
      }
      const textCol = col(t.id === "job-description" ? "function" : "activity");
      const criterionCol = col("criterion");
      if (!example) {
        const filled = t.columns
          .map((_c, i) => i)
          .filter((i) => at(s, activity, i) !== null && i !== numberCol && i !== col("objective"));
        expect(filled).toEqual([]);
        return;
      }
      expect(text(s, activity, textCol).length).toBeGreaterThan(20);
      const continuation = activity + 1;
      // A form that writes each measure's criterion into its text (rated-report) shows two
      // measures instead.
      if (criterionCol >= 0) {
        if (numberCol >= 0) expect(at(s, continuation, numberCol)).toBeNull();
        expect(text(s, activity, criterionCol).length).toBeGreaterThan(3);
        expect(text(s, continuation, criterionCol).length).toBeGreaterThan(3);
        expect(text(s, continuation, criterionCol)).not.toBe(text(s, activity, criterionCol));
      }
      for (const role of ["achieved", "fulfilment", "rating"]) {
        const c = col(role);
        if (c < 0) continue;
        expect(at(s, activity, c)).not.toBeNull();
        expect(at(s, continuation, c)).not.toBeNull();
      }
      const f = col("fulfilment");
      if (f >= 0) {
        for (const r of [activity, continuation]) {
          const v = at(s, r, f);
          expect(typeof v).toBe("number");
          expect(v as number).toBeGreaterThan(0);
          expect(v as number).toBeLessThanOrEqual(1);
        }
      }
    },
  );
});

describe("titles and blocks filled from the options", () => {
  it("org-plan: organisation and year in capitals", () => {
    const { sheet } = scaffold("org-plan", {
      org: "Багахангай дүүргийн нийгмийн даатгалын газрын",
      year: 2026,
    });
    expect(sheet.values.map((r) => r[0])).toContain(
      "БАГАХАНГАЙ ДҮҮРГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН 2026 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ",
    );
  });

  it("org-report: unit, year and period", () => {
    const spec = TEMPLATES["org-report"];
    const unit = "Хөвсгөл аймгийн нийгмийн даатгалын газрын захиргаа, хяналтын хэлтсийн даргын";
    expect(templateTitle(spec, { unit, year: 2024, period: "half" })).toBe(
      "ХӨВСГӨЛ АЙМГИЙН НИЙГМИЙН ДААТГАЛЫН ГАЗРЫН ЗАХИРГАА, ХЯНАЛТЫН ХЭЛТСИЙН ДАРГЫН 2024 ОНЫ ЭХНИЙ ХАГАС ЖИЛИЙН БИЕЛЭЛТ",
    );
    expect(templateTitle(spec, { unit: "Нэгж", year: 2024, period: "year" })).toBe(
      "НЭГЖ 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ",
    );
  });

  it("individual-report: unit, position, name and year", () => {
    expect(
      templateTitle(TEMPLATES["individual-report"], {
        unit: "Хамралт орлогын хэлтсийн",
        position: "сайн дурын даатгал хариуцсан байцаагч",
        name: "Очирбатын Чойенмаагийн",
        year: 2025,
      }),
    ).toBe(
      "ХАМРАЛТ ОРЛОГЫН ХЭЛТСИЙН САЙН ДУРЫН ДААТГАЛ ХАРИУЦСАН БАЙЦААГЧ ОЧИРБАТЫН ЧОЙЕНМААГИЙН 2025 ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ",
    );
  });

  it("anticorruption-report keeps the organisation as typed", () => {
    expect(
      templateTitle(TEMPLATES["anticorruption-report"], {
        org: "Нийгмийн даатгалын ерөнхий газраас",
        year: 2019,
      }),
    ).toBe(
      "Авлигатай тэмцэх үндэсний хөтөлбөрийн хүрээнд Нийгмийн даатгалын ерөнхий газраас 2019 онд хэрэгжүүлэх үйл ажиллагааны төлөвлөгөөний биелэлт",
    );
  });

  it("leaves visible prompts for what was not given", () => {
    expect(templateTitle(TEMPLATES["org-report"], {})).toBe(
      "(Нэгжийн нэр) (Он) ОНЫ (ЭХНИЙ ХАГАС ЖИЛИЙН / ЖИЛИЙН ЭЦСИЙН) БИЕЛЭЛТ",
    );
    const { sheet } = scaffold("org-plan", {});
    const top = sheet.values.slice(0, 8).flat().map(cellText);
    expect(top).toContain("(Байгууллагын нэр) (Он) ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ");
    expect(top).toContain(PLACEHOLDER_PROMPTS.approverName);
  });

  it("fills the approval block of an organisation plan", () => {
    const { sheet, headerRows } = scaffold("org-plan", OPTIONS);
    const above = sheet.values.slice(0, headerRows.top);
    const left = above.map((r) => r[0]).filter((v) => v !== null);
    const right = above.map((r) => r[4]).filter((v) => v !== null);
    expect(left.slice(0, 5)).toEqual([
      "Төлөвлөгөө баталсан:",
      "Хэлтсийн дарга",
      "Тэмдэг",
      "Д.Буянбаяр",
      "(огноо)",
    ]);
    expect(right).toEqual([
      "Төлөвлөгөөг боловсруулсан:",
      "Ахлах мэргэжилтэн",
      "П.Майнбаяр",
      "(огноо)",
    ]);
  });

  it("signs an individual report below the tables", () => {
    const res = scaffold("individual-report", OPTIONS, true);
    const s = res.sheet;
    const signRow = s.values.findIndex((r) => r[0] === "ТАЙЛАН БИЧСЭН:");
    expect(signRow).toBeGreaterThan(res.partTwo?.dataTop ?? Infinity);
    expect(s.values[signRow]).toContain("ХЯНАН БАТАЛГААЖУУЛСАН:");
    expect(s.values[signRow + 1][0]).toBe(
      "Сайн дурын даатгал хариуцсан байцаагч /Очирбатын Чойенмаа/",
    );
  });

  it("ends the anti-corruption table with the average rating, a figure the add-in owns", () => {
    const res = scaffold("anticorruption-report", OPTIONS, true);
    const s = res.sheet;
    const total = s.values.findIndex((r) => r[0] === "Дундаж үнэлгээ");
    expect(total).toBe(res.dataTop + 2);
    // A value, not a formula whose range rows added later would outgrow: Compute keeps it right.
    expect(s.formulas ?? []).toEqual([]);
    expect(s.computed).toEqual([{ row: total, col: 5, value: 97.5 }]);
    expect(at(s, total, 5)).toBe(97.5);
    const ratings = [at(s, res.dataTop, 5), at(s, res.dataTop + 1, 5)] as number[];
    expect((ratings[0] + ratings[1]) / 2).toBe(97.5);
    const sign = s.values.findIndex((r) => cellText(r[0]).startsWith("Үнэлгээг баталгаажуулсан:"));
    expect(s.values[sign][0]).toBe("Үнэлгээг баталгаажуулсан: Хэлтсийн дарга");
    expect(s.values[sign]).toContain("Биелэлт нэгтгэсэн: Ахлах мэргэжилтэн");
  });

  it("report examples state a fulfilment that agrees with achieved ÷ target", () => {
    const res = scaffold("org-report", OPTIONS, true);
    const s = res.sheet;
    const cols = TEMPLATES["org-report"].columns;
    const c = (role: string) => cols.findIndex((x) => x.role === role);
    for (const r of [res.dataTop + 1, res.dataTop + 2]) {
      const target = at(s, r, c("target")) as number;
      const achieved = Number(/(\d+)/.exec(text(s, r, c("achieved")))?.[1]);
      expect(at(s, r, c("fulfilment"))).toBeCloseTo(Math.min(1, achieved / target), 6);
    }
  });
});

describe("sheet names", () => {
  it("uses the template's name or a cleaned requested one", () => {
    expect(scaffold("org-report", {}).sheet.name).toBe("Биелэлт");
    expect(scaffold("org-report", { sheetName: "Биелэлт [2024]: I/II?" }).sheet.name).toBe(
      "Биелэлт 2024 I II",
    );
    expect(scaffold("org-report", { sheetName: " ///" }).sheet.name).toBe("Биелэлт");
    // Found by the property below: an apostrophe left at the end once the spaces go.
    expect(safeSheetName("!' '", "")).toBe("!");
    expect(safeSheetName("' x '' ", "")).toBe("x");
    expect(safeSheetName("a".repeat(30) + " 'b", "")).toBe("a".repeat(30));
  });

  it("always gives a name Excel accepts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 40 }), (req, fallback) => {
        const name = safeSheetName(req, fallback);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
        expect(name.startsWith("'") || name.endsWith("'")).toBe(false);
        expect(name).toBe(name.trim());
      }),
      { numRuns: 300 },
    );
  });
});
