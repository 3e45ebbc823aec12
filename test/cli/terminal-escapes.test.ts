import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../src/core/grid";
import { TEMPLATES } from "../../src/core/templates";
import { typedSheetXlsx } from "../fixtures/xlsx/typed-sheet";
import { makeTmp, removeTmp, run } from "./helpers";

/*
 * Terminal escapes in what the command line prints (issue 15): a fulfilment cell holding them,
 * as a hostile file carries them (_x001B_ in the XML), and a file name holding them. They reach
 * the terminal as text, never as a title set (ESC ] 0; … BEL) or a screen cleared (ESC [ 2 J).
 */
let dir: string;

beforeAll(async () => {
  dir = makeTmp("escapes");
  const headers = TEMPLATES["org-report"].columns.map((c) => c.header);
  const rows: CellValue[][] = [
    ["ТУРШИЛТЫН ХЭЛТСИЙН 2025 ОНЫ ЖИЛИЙН ЭЦСИЙН БИЕЛЭЛТ"],
    headers,
    headers.map((_, i) => i + 1),
    ["Зорилт 1. Хамралтыг нэмэгдүүлэх"],
    ["1.1.", "Сургалт зохион байгуулах", "-", "Сургалтын тоо", 2, 4, 4, "\u001b]0;pwned\u0007 63%"],
  ];
  fs.writeFileSync(path.join(dir, "report.xlsx"), await typedSheetXlsx("Биелэлт", rows));
});
afterAll(() => removeTmp(dir));

describe("text from a workbook on the terminal", () => {
  it("keeps a cell's escapes off the terminal", async () => {
    const r = await run(["compute", "report.xlsx", "-o", "out.xlsx", "--lang", "en"], dir);
    expect(r.stdout).toMatch(/kept 1 cell a person typed/);
    // ESC, BEL and any other C0 control but the line break never reach the terminal.
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
  });

  it("shows a file name's control characters by their code", async () => {
    // A file name may hold any byte but "/": this one clears the screen when printed raw.
    const name = "report\u001b[2J.xlsx";
    fs.copyFileSync(path.join(dir, "report.xlsx"), path.join(dir, name));
    const r = await run(["check", name, "--lang", "en"], dir);
    expect(r.stdout).toContain("File: report\\x1b[2J.xlsx");
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
  });

  it("leaves --json to JSON, which escapes them itself", async () => {
    const r = await run(["check", "report.xlsx", "--json"], dir);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});
