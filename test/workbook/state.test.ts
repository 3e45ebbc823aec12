import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { TEMPLATE_IDS } from "../../src/core/templates/spec";
import {
  STATE_CHUNK,
  STATE_SHEET,
  chunkText,
  defaultState,
  parseState,
  readStateSheet,
  serializeState,
  withRowsShifted,
  writeStateSheet,
  type WorkbookState,
} from "../../src/workbook/state";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { sheetsToXlsx } from "../../src/workbook/xlsx/write";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}

const sample: WorkbookState = {
  version: 1,
  settings: {
    scheme: "ndeg-anticorruption-2019",
    rounding: "truncate",
    cap: false,
    method: "progress",
    weights: { partOne: 0.6, partTwo: 0.25, maxPoints: 15 },
    language: "en",
  },
  sheets: {
    "Биелэлт 2025": {
      template: "org-report",
      computed: ["H10", "H11"],
      computedValues: { H10: 64, H11: "-" },
      year: 2025,
      period: "half",
    },
    "Авлига'2019": { template: "anticorruption-report", computed: [] },
  },
};

const addresses = fc
  .tuple(fc.constantFrom("A", "H", "Z", "AA", "XFD"), fc.integer({ min: 1, max: 1048576 }))
  .map(([c, r]) => `${c}${r}`);

const states: fc.Arbitrary<WorkbookState> = fc.record({
  version: fc.constant(1 as const),
  settings: fc.record({
    scheme: fc.constantFrom("gov-206-2020", "ndeg-anticorruption-2019"),
    rounding: fc.constantFrom("round" as const, "truncate" as const),
    cap: fc.boolean(),
    method: fc.constantFrom("ratio" as const, "progress" as const),
    weights: fc.record({
      partOne: fc.double({ min: 0, max: 1, noNaN: true }),
      partTwo: fc.double({ min: 0, max: 1, noNaN: true }),
      maxPoints: fc.integer({ min: 0, max: 100 }),
    }),
    language: fc.constantFrom("mn" as const, "en" as const),
  }),
  sheets: fc.dictionary(
    fc
      .string({ minLength: 1, maxLength: 31 })
      .filter((s) => !["__proto__", "constructor", "prototype"].includes(s)),
    fc.record(
      {
        template: fc.constantFrom(...TEMPLATE_IDS),
        computed: fc.uniqueArray(addresses, { maxLength: 20 }),
        computedValues: fc.dictionary(addresses, fc.oneof(fc.string(), fc.integer())),
        year: fc.integer({ min: 1990, max: 2100 }),
        period: fc.constantFrom("half" as const, "year" as const),
      },
      { requiredKeys: ["template", "computed", "computedValues"] },
    ),
    { maxKeys: 5 },
  ),
});

describe("serializeState / parseState", () => {
  test("round trip without a message", () => {
    expect(parseState(serializeState(sample))).toEqual({ state: sample });
  });

  test("round trip of any valid state (property)", () => {
    fc.assert(
      fc.property(states, (state) => {
        const parsed = parseState(serializeState(state));
        expect(parsed.message).toBeUndefined();
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  test("accepts the already-parsed object Office settings give back", () => {
    expect(parseState(JSON.parse(serializeState(sample)))).toEqual({ state: sample });
  });

  test("garbage gives the defaults and a message in both languages, never a throw", () => {
    for (const bad of ["", "{", "null", "[]", "42", '"text"', undefined, null, "{}"]) {
      const parsed = parseState(bad);
      expect(parsed.state).toEqual(defaultState());
      expect(parsed.message?.mn).toMatch(/гэмтсэн|хувилбар/);
      expect(parsed.message?.en).toMatch(/damaged|version/);
    }
  });

  test("never throws on any JSON or text (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const { state } = parseState(text);
          expect(state.version).toBe(1);
          expect(typeof state.settings.cap).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a state from another version is not guessed at", () => {
    const parsed = parseState(JSON.stringify({ ...sample, version: 2 }));
    expect(parsed.state).toEqual(defaultState());
    expect(parsed.message?.en).toContain("(2)");
  });

  test("computed cells are kept as E84 however they were stored; row 0 and four letters are no address", () => {
    const computed = ["E84", "$h$10", " g7", "XFD1048576", "A0", "ABCD1", "A01"];
    const parsed = parseState(
      JSON.stringify({
        version: 1,
        settings: sample.settings,
        sheets: { S: { template: "org-report", computed, computedValues: { g7: 1, A0: 2 } } },
      }),
    );
    expect(parsed.state.sheets.S).toEqual({
      template: "org-report",
      computed: ["E84", "H10", "G7", "XFD1048576", "A01"],
      computedValues: { G7: 1 },
    });
    expect(parsed.message?.en).toContain('sheets["S"].computed');
  });

  test("invalid fields fall back one by one; valid ones are kept", () => {
    const parsed = parseState(
      JSON.stringify({
        version: 1,
        settings: { ...sample.settings, rounding: "ceil", weights: { partOne: 7 } },
        sheets: {
          Good: { template: "org-plan", computed: ["$h$10", "not an address", "H10"] },
          Unknown: { template: "budget-plan", computed: [] },
          Values: {
            template: "org-report",
            computed: [],
            computedValues: { E84: 3, X: 1, F1: {} },
          },
        },
      }),
    );
    expect(parsed.state.settings).toEqual({
      ...sample.settings,
      rounding: DEFAULT_SETTINGS.rounding,
      weights: DEFAULT_SETTINGS.weights,
    });
    expect(parsed.state.sheets).toEqual({
      Good: { template: "org-plan", computed: ["H10"] },
      Values: { template: "org-report", computed: [], computedValues: { E84: 3 } },
    });
    for (const field of ["settings.rounding", "settings.weights", '"Unknown"', '"Good"'])
      expect(parsed.message?.en).toContain(field);
    expect(parsed.message?.mn).toContain("анхдагч");
  });

  test("a sheet's chosen year and period are kept; one that is none is dropped and said", () => {
    const parsed = parseState(
      JSON.stringify({
        version: 1,
        settings: sample.settings,
        sheets: {
          Chosen: { template: "org-report", computed: [], year: 2024, period: "year" },
          Odd: { template: "org-report", computed: [], year: 24.5, period: "quarter" },
          Far: { template: "org-report", computed: [], year: 3024 },
        },
      }),
    );
    expect(parsed.state.sheets).toEqual({
      Chosen: { template: "org-report", computed: [], year: 2024, period: "year" },
      Odd: { template: "org-report", computed: [] },
      Far: { template: "org-report", computed: [] },
    });
    for (const field of ['"Odd"].year', '"Odd"].period', '"Far"].year'])
      expect(parsed.message?.en).toContain(field);
  });

  test("rows inserted above the computed cells move them and keep the chosen year and period", () => {
    const shifted = withRowsShifted(sample, "Биелэлт 2025", 5, 2);
    expect(shifted.sheets["Биелэлт 2025"]).toEqual({
      template: "org-report",
      computed: ["H12", "H13"],
      computedValues: { H12: 64, H13: "-" },
      year: 2025,
      period: "half",
    });
  });

  test("a custom scheme keeps its definition; without one it falls back", () => {
    const custom = { ...sample.settings, scheme: "custom", customScheme: { levels: [100, 50, 0] } };
    expect(parseState(JSON.stringify({ ...sample, settings: custom })).state.settings).toEqual(
      custom,
    );
    const missing = parseState(
      JSON.stringify({ ...sample, settings: { ...custom, customScheme: undefined } }),
    );
    expect(missing.state.settings.scheme).toBe(DEFAULT_SETTINGS.scheme);
    expect(missing.message?.en).toContain("settings.customScheme");
  });

  test("hostile keys do not reach any prototype", () => {
    const parsed = parseState(
      '{"version":1,"settings":{},"sheets":{"__proto__":{"template":"org-plan","computed":[]},' +
        '"S":{"template":"org-plan","computed":[],"computedValues":{"__proto__":{"polluted":1}}}}}',
    );
    expect(Object.getPrototypeOf(parsed.state.sheets)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.state.sheets.S.computedValues).toEqual({});
    expect(parsed.message).toBeDefined();
  });
});

describe("chunkText", () => {
  test("chunks fit a cell and join back to the text, never splitting a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.integer({ min: 2, max: 50 }),
        (s, size) => {
          const chunks = chunkText(s, size);
          expect(chunks.join("")).toBe(s);
          for (const c of chunks) {
            expect(c.length).toBeLessThanOrEqual(size);
            expect(c.length).toBeGreaterThan(0);
            expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("state sheet in an .xlsx", () => {
  test("round trip through a file, in a very-hidden sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Биелэлт 2025").getCell("A1").value = "Д/д";
    writeStateSheet(wb, sample);
    const back = await reload(wb);
    expect(back.getWorksheet(STATE_SHEET)?.state).toBe("veryHidden");
    expect(readStateSheet(back)).toEqual({ state: sample });
  });

  test("a large state is split into cells under the cell limit and read back whole", async () => {
    const computed = Array.from({ length: 20000 }, (_, i) => `H${i + 1}`);
    const big: WorkbookState = {
      ...sample,
      sheets: {
        "Нэгтгэл 😀": {
          template: "org-report",
          computed,
          computedValues: Object.fromEntries(computed.map((a, i) => [a, `Өөрчлөлтгүй 😀 ${i}`])),
        },
      },
    };
    const wb = new ExcelJS.Workbook();
    writeStateSheet(wb, big);
    const ws = wb.getWorksheet(STATE_SHEET)!;
    expect(ws.rowCount).toBeGreaterThanOrEqual(Math.ceil(serializeState(big).length / STATE_CHUNK));
    ws.eachRow((row) => expect(String(row.getCell(1).value).length).toBeLessThanOrEqual(32767));
    expect(readStateSheet(await reload(wb))).toEqual({ state: big });
  });

  test("writing again replaces the stored state", async () => {
    const wb = new ExcelJS.Workbook();
    writeStateSheet(wb, sample);
    writeStateSheet(wb, defaultState());
    const back = await reload(wb);
    expect(back.worksheets.filter((w) => w.name === STATE_SHEET)).toHaveLength(1);
    expect(readStateSheet(back)).toEqual({ state: defaultState() });
  });

  test("a workbook without a state sheet has no state", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S");
    expect(readStateSheet(wb)).toBeNull();
  });

  test("a hostile or garbled state sheet gives the defaults and a message", async () => {
    const cases: ExcelJS.CellValue[][] = [
      ['{"version":1,"settings":', "garbage"],
      [42],
      [],
      [
        '{"version":1,"settings":{"rounding":"x"},"sheets":{"S":{"template":"org-plan","computed":"A1"}}}',
      ],
    ];
    for (const cells of cases) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
      cells.forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
      const read = readStateSheet(await reload(wb));
      expect(read?.state.settings).toEqual(DEFAULT_SETTINGS);
      expect(read?.message?.mn).toBeTruthy();
      expect(read?.message?.en).toBeTruthy();
    }
  });

  test("sheetsToXlsx stores the state, and grid readers skip its sheet", async () => {
    const buf = await sheetsToXlsx([{ name: "Биелэлт 2025", values: [["Д/д"]] }], sample);
    const result = await readXlsx(buf);
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.sheets.map((s) => s.sheet)).toEqual(["Биелэлт 2025"]);
    expect(readStateSheet(result.workbook)).toEqual({ state: sample });
  });
});
