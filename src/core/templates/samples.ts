import type { CellValue, Merge } from "../grid";
import { mean, roundFigure } from "../ratings";
import type { BodyRow, TableBody } from "./layout";
import { isReportSpec, type ColumnRole, type ColumnSpec, type TemplateSpec } from "./spec";

/** Values of a row placed by column role; roles the table lacks are dropped. */
export function rowByRole(
  columns: readonly { role?: ColumnRole }[],
  cells: Partial<Record<ColumnRole, CellValue>>,
): CellValue[] {
  return columns.map((c) =>
    c.role && cells[c.role] !== undefined ? (cells[c.role] ?? null) : null,
  );
}

/** Vertical merges over `rows` rows for the given roles (an activity's own cells over its criteria). */
function mergeRoles(
  columns: ColumnSpec[],
  roles: ColumnRole[],
  top: number,
  rows: number,
): Merge[] {
  return columns
    .map((c, i) => (roles.includes(c.role) ? i : -1))
    .filter((i) => i >= 0)
    .map((i) => ({ top, left: i, bottom: top + rows - 1, right: i }));
}

/** The number of the first activity as the template writes it ("1.1.", "1.", 1). */
export function firstNumber(spec: TemplateSpec): CellValue {
  if (spec.numbering === "N") return 1;
  return spec.numbering.startsWith("N.N") ? "1.1." : "1.";
}

/** Adds the "Дундаж үнэлгээ" row of a template with a total, averaging the rows above it. */
function withTotal(spec: TemplateSpec, body: TableBody, ratings: number[]): TableBody {
  const valueCol = spec.columns.findIndex((c) => c.role === "rating");
  if (!spec.totalLabel || valueCol < 0) return body;
  const average = mean(ratings);
  const result = average === null ? null : roundFigure(average, "round");
  const total: BodyRow = { kind: "total", label: spec.totalLabel, valueCol, result };
  return { rows: [...body.rows, total], merges: body.merges };
}

/**
 * Data rows of a new, empty table: an objective row with its label and one activity row with
 * its number, everything else empty (no prompts in data cells: a prompt left there would be
 * read as data).
 */
export function emptyPartOne(spec: TemplateSpec): TableBody {
  const cols = spec.columns;
  const rows: BodyRow[] = [];
  if (spec.rowKinds.includes("section") && spec.sectionLabel) {
    rows.push({ kind: "section", text: spec.sectionLabel });
  }
  if (spec.id === "job-description") {
    rows.push({
      kind: "activity",
      values: rowByRole(cols, { objective: "1 дүгээр зорилтын хүрээнд" }),
    });
  } else {
    rows.push({ kind: "activity", values: rowByRole(cols, { number: firstNumber(spec) }) });
  }
  return withTotal(spec, { rows }, []);
}

export function emptyPartTwo(spec: TemplateSpec): TableBody | undefined {
  if (!spec.partTwo) return undefined;
  const number = spec.numbering === "N." ? "1." : 1;
  return { rows: [{ kind: "activity", values: rowByRole(spec.partTwo.columns, { number }) }] };
}

type Cells = Partial<Record<ColumnRole, CellValue>>;

/** Realistic rows taken from the seed documents, one objective with one two-criterion activity. */
function orgExample(spec: TemplateSpec): TableBody {
  const cols = spec.columns;
  const report = isReportSpec(spec);
  const first: Cells = {
    number: "1.1.",
    activity:
      "Ажил олгогч, даатгуулагч, иргэдийн нийгмийн даатгалын талаарх мэдлэгийг дээшлүүлэхэд чиглэсэн сургалт зохион байгуулах;",
    budget: "-",
    criterion: "ААНБ-ын тоо",
    baseline: 6,
    target: 20,
    timeline: "I-IV улирал",
    responsible: "Байцаагч нар",
    ...(report
      ? {
          achieved: "Эхний хагас жилд 12 ААНБ-ын ажилтнуудад сургалт зохион байгуулсан.",
          fulfilment: 0.6,
        }
      : {}),
  };
  const second: Cells = {
    criterion: "Иргэд, даатгуулагчдын тоо",
    baseline: 100,
    target: 200,
    ...(report
      ? { achieved: "Нийт 215 иргэн, даатгуулагчийг сургалтад хамруулсан.", fulfilment: 1 }
      : {}),
  };
  return {
    rows: [
      {
        kind: "section",
        text: "Зорилт 1. Ажил олгогч, даатгуулагч, иргэдэд нийгмийн даатгалын хууль эрх зүйн мэдлэг олгох замаар байгууллагын тогтвортой хөгжлийг хангах;",
      },
      { kind: "activity", values: rowByRole(cols, first) },
      { kind: "criterion", values: rowByRole(cols, second) },
    ],
    merges: mergeRoles(cols, ["number", "activity", "budget", "timeline", "responsible"], 1, 2),
  };
}

function orgPartTwoExample(spec: TemplateSpec, year?: number): TableBody | undefined {
  if (!spec.partTwo) return undefined;
  const report = isReportSpec(spec);
  const cells: Cells = {
    number: 1,
    activity: '"Хүний эрх"-ийн тухай төрийн албан хаагчдад зориулсан сургалтад хамрагдах',
    criterion: "Сургалтад хамрагдсан байдал",
    baseline: "-",
    "target-h1": "-",
    "target-h2": 100,
    start: year ? `${year}.01.01` : null,
    end: year ? `${year}.12.31` : null,
    ...(report
      ? { achieved: '"Хүний эрх" цахим сургалтад хамрагдаж, гэрчилгээ авсан.', fulfilment: 1 }
      : {}),
  };
  return { rows: [{ kind: "activity", values: rowByRole(spec.partTwo.columns, cells) }] };
}

function individualExample(spec: TemplateSpec): TableBody {
  const cols = spec.columns;
  const report = isReportSpec(spec);
  const first: Cells = {
    number: "1.",
    activity:
      "Арга хэмжээ 1.1 Нийгмийн даатгалын хамрагдалтыг нэмэгдүүлэх, сангийн орлогын бааз суурийг өргөжүүлэх зорилгоор иргэдийг шинээр энгийн сайн дурын даатгалд хамруулах ажлыг зохион байгуулах;",
    criterion: "Шинээр хамрагдсан даатгуулагчийн тоо",
    baseline: 220,
    target: 240,
    timeline: "1-12 сар",
    ...(report ? { achieved: "Нийт 251 даатгуулагчийг шинээр хамруулсан.", fulfilment: 1 } : {}),
  };
  const second: Cells = {
    criterion: "Сунгалт хийсэн гэрээний тоо",
    baseline: 600,
    target: 650,
    ...(report
      ? { achieved: "Гэрээний хугацаа дууссан 585 гэрээг сунгасан.", fulfilment: 0.9 }
      : {}),
  };
  return {
    rows: [
      {
        kind: "section",
        text: "Зорилт НЭГ. “БОДЛОГЫН БАРИМТ БИЧИГТ ТУСГАГДСАН ЗОРИЛТ, АРГА ХЭМЖЭЭ” ЗОРИЛТЫН ХҮРЭЭНД",
      },
      { kind: "activity", values: rowByRole(cols, first) },
      { kind: "criterion", values: rowByRole(cols, second) },
    ],
    merges: mergeRoles(cols, ["number", "activity", "timeline"], 1, 2),
  };
}

function individualPartTwoExample(spec: TemplateSpec): TableBody | undefined {
  if (!spec.partTwo) return undefined;
  const report = isReportSpec(spec);
  const cells: Cells = {
    number: "1.",
    activity: "Монгол бичгээр унших, бичих чадвараа дээшлүүлэх",
    criterion: "Сургалтад хамрагдсан тоо",
    baseline: "-",
    target: "3 удаа",
    timeline: "1-12 сар",
    ...(report
      ? { achieved: "Монгол бичгийн 3 удаагийн сургалтад хамрагдсан.", fulfilment: 1 }
      : {}),
  };
  return { rows: [{ kind: "activity", values: rowByRole(spec.partTwo.columns, cells) }] };
}

function anticorruptionExample(spec: TemplateSpec): TableBody {
  const cols = spec.columns;
  const first: Cells = {
    number: 1,
    programme: "Төрийн үйлчилгээний нээлттэй байдлыг хангаж, хүртээмж, үр ашгийг нэмэгдүүлэх",
    activity:
      "Нийгмийн даатгалын байгууллагын байцаагч, ажилтан, ажил олгогч болон даатгуулагч-үйлчлүүлэгчийн сэтгэл ханамжийг үнэлэх арга хэмжээг зохион байгуулах, санал, дүгнэлт боловсруулах.",
    criterion:
      "Аймаг, дүүргийн НДХ-тэй хамтран ажил олгогч, даатгуулагч болон нийгмийн даатгалын байгууллагын ажилтнуудын сэтгэл ханамжийг үнэлж, санал боловсруулсан байна",
    achieved:
      "Сэтгэл ханамжийн судалгаа авах арга хэмжээг 3 удаа зохион байгуулсан ба 5892 иргэн, даатгуулагч, 1001 байцаагч, ажилтан хамрагдав.",
    rating: 100,
  };
  const second: Cells = {
    activity:
      "Төрийн үйлчилгээг иргэдэд чирэгдэлгүй үзүүлэх зорилгоор Хөдөлмөр, халамж үйлчилгээний ерөнхий газар, Улсын бүртгэлийн ерөнхий газартай цахимаар мэдээлэл солилцох, хамтран ажиллах",
    criterion: "Иргэдэд төрийн үйлчилгээ чирэгдэлгүй үзүүлэх ажил сайжирсан байна.",
    achieved:
      "Хөдөлмөр, халамж үйлчилгээний ерөнхий газарт 11 төрлийн мэдээллийг цахимаар хүргүүлэн ажиллаж байна.",
    rating: 95,
  };
  const body: TableBody = {
    rows: [
      { kind: "activity", values: rowByRole(cols, first) },
      { kind: "criterion", values: rowByRole(cols, second) },
    ],
    merges: mergeRoles(cols, ["number", "programme"], 0, 2),
  };
  return withTotal(spec, body, [100, 95]);
}

function jobExample(spec: TemplateSpec): TableBody {
  const cols = spec.columns;
  return {
    rows: [
      {
        kind: "activity",
        values: rowByRole(cols, {
          objective: "1 дүгээр зорилтын хүрээнд",
          function:
            "1. Нийгмийн даатгалын бүтээгдэхүүн үйлчилгээний чанар, үйл ажиллагааг сайжруулахад олон улсын стандарт, шилдэг туршлага, арга хэрэгсэл нэвтрүүлэх талаар судалгаа хийх;",
          criterion: "Судалгаа хийж, санал боловсруулсан байна.",
          responsibility: "Х, Ш",
        }),
      },
      {
        kind: "criterion",
        values: rowByRole(cols, {
          function:
            "2. Нийгмийн даатгалын бүтээгдэхүүн үйлчилгээг сайжруулах талаар санал дэвшүүлэх, шинэ стандарт боловсруулах, мөрдүүлэх ажлыг зохион байгуулах.",
          criterion:
            "Шинээр батлагдсан стандартыг салбарын хэмжээнд мөрдүүлэх ажлыг зохион байгуулсан байна",
          responsibility: "Х, Ш",
        }),
      },
    ],
    merges: mergeRoles(cols, ["objective"], 0, 2),
  };
}

/** The older rated fulfilment: one objective, two measures rated out of 30 by the governor. */
function ratedExample(spec: TemplateSpec): TableBody {
  const cols = spec.columns;
  const rows: BodyRow[] = [
    {
      kind: "section",
      text: "Зорилт 1. Нийгмийн даатгалын үйлчилгээний хүртээмжийг нэмэгдүүлэх",
    },
    {
      kind: "activity",
      values: rowByRole(cols, {
        number: "1.1.",
        activity:
          "Ажил олгогч, даатгуулагчдад сургалт зохион байгуулах. Шалгуур үзүүлэлт: 20 ААНБ хамрагдсан байна.",
        achieved: "18 ААНБ-ын ажилтнуудад сургалт зохион байгуулсан.",
        rating: 27,
      }),
    },
    {
      kind: "activity",
      values: rowByRole(cols, {
        number: "1.2.",
        activity:
          "Нийгмийн даатгалын шимтгэлийн өрийг бууруулах. Шалгуур үзүүлэлт: өр 10 хувиар буурсан байна.",
        achieved: "Шимтгэлийн өр 8 хувиар буурсан.",
        rating: 24,
      }),
    },
  ];
  return withTotal(spec, { rows }, [27, 24]);
}

/** Example rows of part one. */
export function examplePartOne(spec: TemplateSpec): TableBody {
  switch (spec.id) {
    case "org-plan":
    case "org-report":
      return orgExample(spec);
    case "individual-plan":
    case "individual-report":
      return individualExample(spec);
    case "anticorruption-report":
      return anticorruptionExample(spec);
    case "job-description":
      return jobExample(spec);
    case "rated-report":
      return ratedExample(spec);
  }
}

export function examplePartTwo(spec: TemplateSpec, year?: number): TableBody | undefined {
  switch (spec.id) {
    case "org-plan":
    case "org-report":
      return orgPartTwoExample(spec, year);
    case "individual-plan":
    case "individual-report":
      return individualPartTwoExample(spec);
    default:
      return undefined;
  }
}
