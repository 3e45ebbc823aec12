import * as path from "path";
import { parseAddress, type Grid } from "../../src/core/grid";
import {
  seed000AmbiguousNumbers,
  seed000Counts,
  seed000FormatSlips,
  seed000Header,
  seed000Lookalikes,
  seed000Markup,
  seed000Objectives,
  seed000Placeholders,
} from "../fixtures/seeds/facts000";
import { seed001Criteria, seed001Markup, seed001Summary } from "../fixtures/seeds/facts001";
import {
  SHEET_002,
  SUMMARY_002,
  average002,
  bands002,
  measures002,
  objectives002,
  slips002,
} from "../fixtures/seeds/facts002";
import { SHEET_003, anomalies003, objectives003, partTwo003 } from "../fixtures/seeds/facts003";
import { seed004Counts } from "../fixtures/seeds/facts004";
import { seed000 } from "../fixtures/seeds/seed000";
import { seed001 } from "../fixtures/seeds/seed001";
import { seed002, seed002Summary } from "../fixtures/seeds/seed002";
import { seed003 } from "../fixtures/seeds/seed003";
import { seed004 } from "../fixtures/seeds/seed004";
import {
  expectedExit,
  makeTmp,
  parseCheckJson,
  removeTmp,
  run,
  writeGrids,
  type CheckJson,
} from "./helpers";

/*
 * The seed transcriptions written to .xlsx as another program would write them (no add-in
 * state), checked through the command line; the JSON is compared with what a careful reader
 * found in the documents (test/fixtures/seeds/factsNNN.ts).
 */

let dir: string;
const SEEDS: Record<string, Grid[]> = {
  "000": [seed000],
  "001": [seed001],
  "002": [seed002, seed002Summary],
  "003": [seed003],
  "004": [seed004],
};

beforeAll(async () => {
  dir = makeTmp("seeds");
  for (const [n, grids] of Object.entries(SEEDS)) {
    await writeGrids(path.join(dir, `seed${n}.xlsx`), grids);
  }
});
afterAll(() => removeTmp(dir));

async function checkJson(n: string, ...flags: string[]): Promise<CheckJson> {
  const r = await run(["check", `seed${n}.xlsx`, "--json", ...flags], dir);
  expect(r.stderr).toBe("");
  const doc = parseCheckJson(r.stdout);
  expect(doc.file).toBe(`seed${n}.xlsx`);
  expect(r.code).toBe(expectedExit(doc));
  return doc;
}

type Sheet = CheckJson["sheets"][number];

/** Cells holding a finding of this code. */
function cellsWith(sheet: Sheet, code: string): Set<string> {
  return new Set(sheet.findings.filter((f) => f.code === code).map((f) => f.cell));
}

/** Rows (1-based) holding a finding of this code. */
function rowsWith(sheet: Sheet, code: string): Set<number> {
  return new Set(
    sheet.findings.filter((f) => f.code === code).map((f) => parseAddress(f.cell)!.row + 1),
  );
}

const rowOf = (cell: string) => parseAddress(cell)!.row + 1;

describe("seed 000: Khövsgöl half-year report", () => {
  let sheet: Sheet;
  beforeAll(async () => {
    const doc = await checkJson("000");
    expect(doc.sheets.map((s) => s.sheet)).toEqual([seed000.sheet]);
    sheet = doc.sheets[0];
  });

  it("is read as an org report with the reader's activities under its objectives", () => {
    expect(sheet.template).toBe("org-report");
    expect(sheet.figures.measures).toBe(seed000Counts.activities);
    expect(sheet.figures.objectives.map((o) => o.measures)).toEqual(
      seed000Objectives.map((o) => o.activities.length),
    );
  });

  it("finds every look-alike letter, left-over prompt and markup in the table", () => {
    const dataTop = rowOf(seed000Header[0].cell) + 1;
    const script = cellsWith(sheet, "TEXT-SCRIPT");
    for (const f of seed000Lookalikes) expect(script).toContain(f.cell);
    const prompts = cellsWith(sheet, "TEXT-PLACEHOLDER");
    for (const f of seed000Placeholders) expect(prompts).toContain(f.cell);
    const markup = cellsWith(sheet, "TEXT-MARKUP");
    for (const f of seed000Markup.filter((m) => rowOf(m.cell) > dataTop)) {
      expect(markup).toContain(f.cell);
    }
  });

  it("notes the formatting slip and the ambiguous thousands separator", () => {
    for (const f of seed000FormatSlips) expect(cellsWith(sheet, "VALUE-FORMAT")).toContain(f.cell);
    for (const f of seed000AmbiguousNumbers) {
      expect(cellsWith(sheet, "VALUE-AMBIGUOUS")).toContain(f.cell);
    }
  });

  it("prints a readable Mongolian report naming each cell", async () => {
    const r = await run(["check", "seed000.xlsx"], dir);
    expect(r.stdout).toContain(`Хуудас «${seed000.sheet}»`);
    expect(r.stdout).toMatch(/Анхааруулга \(\d+\):/);
    for (const f of seed000Placeholders)
      expect(r.stdout).toMatch(new RegExp(`\\n {4}${f.cell} +TEXT-`));
    expect(r.stdout).toContain(`Арга хэмжээний тоо: ${seed000Counts.activities}`);
  });
});

describe("seed 001: an inspector's individual report", () => {
  let sheet: Sheet;
  beforeAll(async () => {
    sheet = (await checkJson("001")).sheets[0];
  });

  it("is read as an individual report with both parts' activities", () => {
    expect(sheet.template).toBe("individual-report");
    expect(sheet.figures.measures).toBe(seed001Summary.partOneRows + seed001Summary.partTwoRows);
  });

  it("finds the stated fulfilment the numbers do not support (3.2 of 5 тэрбум is 64%, stated 63%)", () => {
    const fact = seed001Criteria.find((c) => c.stated.text === "63%")!;
    const found = sheet.findings.find(
      (f) => f.code === "CALC-MISMATCH" && f.cell === fact.stated.cell,
    );
    expect(found).toBeDefined();
    expect(found!.severity).toBe("error");
    expect(found!.message.en).toMatch(/63/);
    expect(found!.message.en).toMatch(/64/);
    expect(found!.message.mn).toMatch(/63/);
  });

  it("finds the markup left in the table's cells", () => {
    const markup = cellsWith(sheet, "TEXT-MARKUP");
    for (const f of seed001Markup.filter((m) => rowOf(m.cell) > 6))
      expect(markup).toContain(f.cell);
  });
});

describe("seed 002: the anti-corruption programme report, rated", () => {
  let sheet: Sheet;
  let doc: CheckJson;
  beforeAll(async () => {
    doc = await checkJson("002");
    sheet = doc.sheets[0];
  });

  it("checks the report sheet, and the товчоо on its own sheet by its own figures", () => {
    expect(doc.sheets.map((s) => s.sheet)).toEqual([SHEET_002, SUMMARY_002]);
    const summary = doc.sheets[1];
    // Its bands print ranges ("100 /90-100/"): the counts give no mean to hold its % to, only
    // the gap its «70 /60-69/» leaves (70–89 in no band) is found.
    expect(summary.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      `${bands002.printed[1].label.cell} RATING-SCHEME`,
    ]);
    // Its counts: 3 + 1 + 1 + 1 + 3 + 3 = 12 measures, all in «100 /90-100/».
    expect(summary.figures.objectives.map((o) => o.measures)).toEqual([3, 1, 1, 1, 3, 3]);
    expect(summary.figures.measures).toBe(bands002.stated.band100);
  });

  it("counts its measures per programme item and pools the average as the facts do", () => {
    expect(sheet.template).toBe("anticorruption-report");
    expect(sheet.figures.measures).toBe(measures002.length);
    expect(sheet.figures.rated).toBe(measures002.length);
    expect(sheet.figures.objectives.map((o) => o.measures)).toEqual(
      objectives002.map((o) => o.measures.length),
    );
    expect(sheet.figures.objectives.map((o) => o.value)).toEqual(
      objectives002.map((o) => o.rating.value),
    );
    // The stated 98.2 is right: pooled over the 12 measures (not the mean of the 6 items).
    expect(sheet.figures.overall).toBe(average002.pooledTable.roundHalfUp);
    expect(average002.stated.value).toBe(average002.pooledTable.roundHalfUp);
  });

  it("rates with the anti-corruption scheme's bands when nothing chose another", () => {
    const band100 = sheet.figures.objectives.reduce(
      (n, o) => n + (o.bands["100 /90-100/"] ?? 0),
      0,
    );
    expect(band100).toBe(bands002.counted.band100);
    expect(cellsWith(sheet, "RATING-INVALID").size).toBe(0);
  });

  it("truncates when asked (--rounding truncate)", async () => {
    const truncated = (await checkJson("002", "--rounding", "truncate")).sheets[0];
    expect(truncated.figures.overall).toBe(average002.pooledTable.truncated);
    const five = objectives002.find((o) => o.number === 5)!;
    expect(truncated.figures.objectives[4].value).toBe(five.rating.value);
  });

  it("under Resolution 206 (--scheme gov-206-2020) the ratings 95, 97.9, 96.7 are not valid", async () => {
    const gov = (await checkJson("002", "--scheme", "gov-206-2020")).sheets[0];
    const invalid = cellsWith(gov, "RATING-INVALID");
    for (const o of objectives002.filter((x) => ![0, 30, 70, 100].includes(x.rating.value))) {
      expect(invalid).toContain(o.rating.cell);
    }
    expect(gov.findings.find((f) => f.code === "RATING-INVALID")!.severity).toBe("error");
  });

  it("finds the link and list markup a reader notices", () => {
    const markup = cellsWith(sheet, "TEXT-MARKUP");
    for (const s of slips002.filter((x) => /markup/.test(x.what) && x.quote.sheet === SHEET_002)) {
      expect(markup).toContain(s.quote.cell);
    }
  });
});

describe("seed 003: Bagakhangai district's organisation plan", () => {
  let sheet: Sheet;
  beforeAll(async () => {
    const doc = await checkJson("003");
    expect(doc.sheets.map((s) => s.sheet)).toEqual([SHEET_003]);
    sheet = doc.sheets[0];
  });

  it("is read as an org plan with every activity of both parts", () => {
    expect(sheet.template).toBe("org-plan");
    expect(sheet.figures.measures).toBe(
      objectives003.flatMap((o) => o.activities).length + partTwo003.length,
    );
    expect(sheet.figures.rated).toBe(0);
    expect(sheet.figures.overall).toBeNull();
  });

  it("finds the damaged text, the slips, the ambiguous numbers", () => {
    for (const q of anomalies003.damaged)
      expect(cellsWith(sheet, "TEXT-DAMAGED")).toContain(q.cell);
    for (const q of anomalies003.formatSlips) {
      expect(cellsWith(sheet, "VALUE-FORMAT")).toContain(q.cell);
    }
    for (const q of anomalies003.ambiguous) {
      expect(cellsWith(sheet, "VALUE-AMBIGUOUS")).toContain(q.cell);
    }
  });

  it("finds Зорилт 6's declared 17 against the 15 criterion rows beneath it", () => {
    const wrong = anomalies003.declaredCounts.filter((d) => d.declared !== d.counted);
    const rows = wrong.map((d) =>
      rowOf(objectives003.find((o) => o.label.text === d.objective)!.label.cell),
    );
    expect(rows).toHaveLength(1);
    expect(rowsWith(sheet, "STRUCT-DECLARED-COUNT")).toContain(rows[0]);
    const found = sheet.findings.find(
      (f) => f.code === "STRUCT-DECLARED-COUNT" && rowOf(f.cell) === rows[0],
    )!;
    expect(found.message.en).toMatch(/17/);
    expect(found.message.en).toMatch(/15/);
    expect(found.severity).toBe("error");
  });

  it("warns that «Сургалтын тоо» 9 → 3 goes the wrong way for a count", () => {
    expect(rowsWith(sheet, "VALUE-DIRECTION")).toContain(
      rowOf(anomalies003.directionConflict.target.cell),
    );
  });
});

describe("seed 004: a job description", () => {
  it("is read as a job description: its objectives and functions", async () => {
    const sheet = (await checkJson("004")).sheets[0];
    expect(sheet.template).toBe("job-description");
    expect(sheet.figures.objectives).toHaveLength(seed004Counts.objectives);
    expect(sheet.figures.measures).toBe(seed004Counts.functions);
  });
});
