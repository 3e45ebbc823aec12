import { createMemoryExcel, memoryWorkbookFromGrids } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/adapter";
import { toWorkbookError } from "../../src/workbook/office/errors";

/** An error as Office.js throws it: a code, and the inner code in debugInfo. */
const officeError = (code: string) => ({ code, debugInfo: { code }, message: code });

describe("Office's error codes in words a person can act on", () => {
  it("UndoNotSupported says the add-in now writes in steps, so that trying again goes through", () => {
    const e = toWorkbookError(officeError("UndoNotSupported"));
    expect(e.kind).toBe("host");
    expect(e.text.mn).toContain("алхам алхмаар бичнэ");
    expect(e.text.en).toContain("now writes in several steps");
  });

  it("RangeExceedsLimit is a size limit and points at the stray cell", () => {
    const e = toWorkbookError(officeError("RangeExceedsLimit"));
    expect(e.kind).toBe("too-large");
    expect(e.text.mn).toContain("Ctrl+End");
    expect(e.text.en).toContain("Ctrl+End");
  });

  it("ItemAlreadyExists asks for another name", () => {
    const e = toWorkbookError(officeError("ItemAlreadyExists"));
    expect(e.text.en).toMatch(/already in the workbook/);
    expect(e.text.mn).toMatch(/аль хэдийн/);
  });

  it("a write refused part way, whose cells could not be read back, says which may be written", () => {
    const progress = {
      sheet: "Биелэлт",
      unit: "cells" as const,
      rowsWritten: 2,
      rowsUnsure: 3,
      rowsTotal: 10,
      formatsDone: false,
    };
    const e = toWorkbookError(officeError("GeneralException"), progress);
    // 10 − 2 written − 3 unsure = 5 certainly not written.
    expect(e.text.en).toContain(
      "2 of 10 cells on “Биелэлт” were written, and some of the next 3 may have been (Excel keeps what it did before it refused); 5 were not. Undo takes back whatever was written.",
    );
    expect(e.text.mn).toContain(
      "“Биелэлт” хуудасны 10 нүднээс 2 нь бичигдсэн, дараагийн 3 нь бичигдсэн эсэх тодорхойгүй",
    );
  });

  it("an unknown code still names itself, in both languages", () => {
    const e = toWorkbookError(officeError("SomethingNew"));
    expect(e.text.mn).toContain("(SomethingNew)");
    expect(e.text.en).toContain("(SomethingNew)");
  });
});

describe("a request Excel drops", () => {
  const grid = { sheet: "Биелэлт", origin: { row: 0, col: 0 }, cells: [["Шалгуур", 1]] };

  it.each(["RequestAborted", "ServiceNotAvailable"])(
    "a read is asked once more after %s, and succeeds",
    async (code) => {
      const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]), {
        failSync: { at: 1, code },
      });
      const read = await new OfficeWorkbook(excel).readSheet("Биелэлт");
      expect(read.cells).toEqual([["Шалгуур", 1]]);
      expect(excel.stats.runs).toBe(2);
    },
  );

  it("a write is not (it may have been applied in part): the person is told what happened", async () => {
    const excel = createMemoryExcel(memoryWorkbookFromGrids([grid]), {
      failSync: { at: 1, code: "RequestAborted" },
    });
    const write = new OfficeWorkbook(excel).writeCells("Биелэлт", [{ cell: "B1", value: 2 }]);
    await expect(write).rejects.toMatchObject({ kind: "host" });
    await expect(write).rejects.toThrow(/RequestAborted/);
    expect(excel.stats.runs).toBe(1);
  });
});
