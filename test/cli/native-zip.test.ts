import ExcelJS from "exceljs";
import JSZip from "jszip";
import { useNativeZip } from "../../src/cli/native-zip";

const DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = DATE;
  wb.modified = DATE;
  const ws = wb.addWorksheet("Тайлан");
  for (let r = 1; r <= 2000; r++) {
    ws.getRow(r).values = [
      r,
      `Шалгуур үзүүлэлт ${r % 37}`,
      r / 7,
      { formula: `A${r}*2`, result: r * 2 },
    ];
  }
  ws.getCell("A1").font = { bold: true };
  return wb;
}

async function parts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) out[name] = await file.async("string");
  }
  return out;
}

const write = async (wb: ExcelJS.Workbook) =>
  (await wb.xlsx.writeBuffer({
    zip: { compression: "DEFLATE", compressionOptions: { level: 3 } },
  })) as unknown as Buffer;

describe("the command line's zip through Node's zlib", () => {
  let byPako: Buffer;
  let byZlib: Buffer;

  beforeAll(async () => {
    byPako = await write(workbook());
    useNativeZip();
    byZlib = await write(workbook());
  });

  it("writes the same parts as jszip's own deflate, and reads what jszip's deflate wrote", async () => {
    expect(byZlib.equals(byPako)).toBe(false);
    expect(await parts(byZlib)).toEqual(await parts(byPako));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(byPako as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Тайлан")?.getCell("B2000").value).toBe("Шалгуур үзүүлэлт 2");
  });

  it("rejects a damaged entry with zlib's reason, as the reader rejected it before", async () => {
    const damaged = Buffer.from(byZlib);
    // Inside the sheet's deflated bytes, which follow its name in the entry's local header.
    const sheet = damaged.indexOf("xl/worksheets/sheet1.xml");
    for (let i = sheet + 200; i < sheet + 1200; i += 5) damaged[i] ^= 0x5a;
    await expect(
      new ExcelJS.Workbook().xlsx.load(damaged as unknown as ExcelJS.Buffer),
    ).rejects.toThrow(/invalid/);
  });
});
