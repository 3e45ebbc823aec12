import { ALL_TEMPLATES, TEMPLATES, templateById } from "../../src/core/templates";
import { TEMPLATE_IDS, type ColumnSpec, type TemplateSpec } from "../../src/core/templates/spec";

const headers = (cols: ColumnSpec[]) => cols.map((c) => c.header);
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** True when a typed header names the column: its header or one of its aliases. */
function names(col: ColumnSpec, typed: string): boolean {
  return [col.header, ...col.aliases].some((h) => squash(h) === squash(typed));
}

/** Header rows as the seed files print them (tab-separated, transcribed verbatim). */
const SEED_HEADERS: { seed: string; template: TemplateSpec; cells: string[] }[] = [
  {
    seed: "000 org-report",
    template: TEMPLATES["org-report"],
    cells: [
      "Д/д",
      "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
      "Төсөв",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Зорилтот түвшин",
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ],
  },
  {
    seed: "001 individual-report (part one, second header row)",
    template: TEMPLATES["individual-report"],
    cells: [
      "Д/д",
      "Зорилтыг хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Хүрэх түвшин",
      "Хүрсэн түвшин (биелэлт)",
      "Эхэлсэн, дууссан хугацаа",
      "Биелэл тийн хувь",
    ],
  },
  {
    seed: "001 individual-report (part two)",
    template: TEMPLATES["individual-report"],
    cells: [
      "Д/д",
      "Зорилтыг хэрэгжүүлэх арга хэмжээ",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Хүрэх түвшин",
      "Хүрсэн түвшин (биелэлт)",
      "Эхэлсэн, дууссан хугацаа",
      "Биелэлт ийн хувь",
    ],
  },
  {
    seed: "002 anticorruption-report",
    template: TEMPLATES["anticorruption-report"],
    cells: [
      "№",
      "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      "Хэрэгжүүлэх арга хэмжээ",
      "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      "Биелэлт",
      "Үнэлгээ",
    ],
  },
  {
    seed: "003 org-plan",
    template: TEMPLATES["org-plan"],
    cells: [
      "Д/д",
      "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
      "Төсөв",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Зорилтот түвшин",
      "Хугацаа I-IV улирал/",
      "Хариуцах нэгж",
    ],
  },
  {
    seed: "004 job-description",
    template: TEMPLATES["job-description"],
    cells: [
      "Зорилт",
      "Албан тушаалын гүйцэтгэх чиг үүрэг",
      "Гүйцэтгэлийн шалгуур үзүүлэлт",
      "Хариуцлага, оролцооны хэлбэр Туслах-Т, Гүйцэтгэх-Г Хянах-Х Шийдвэрлэх-Ш",
    ],
  },
];

describe("template registry", () => {
  it("has one spec per document kind, under its own id, named in both languages", () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...TEMPLATE_IDS].sort());
    expect(ALL_TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const t of ALL_TEMPLATES) {
      expect(TEMPLATES[t.id]).toBe(t);
      expect(t.name.mn).toMatch(/[А-Яа-яӨөҮүЁё]/);
      expect(t.name.en).toMatch(/^[A-Za-z -]+$/);
    }
  });

  it("finds templates by id and refuses unknown ids", () => {
    expect(templateById("org-plan")).toBe(TEMPLATES["org-plan"]);
    expect(templateById("anticorruption-report")?.totalLabel).toBe("Дундаж үнэлгээ");
    expect(templateById("org plan")).toBeUndefined();
    expect(templateById("")).toBeUndefined();
    expect(templateById("toString")).toBeUndefined();
  });
});

describe("exact headers (DOMAIN.md section 2)", () => {
  it("org-plan", () => {
    const t = TEMPLATES["org-plan"];
    expect(headers(t.columns)).toEqual([
      "Д/д",
      "Стратеги төлөвлөгөө болон үндэслэж байгаа бодлогын баримт бичиг, хууль тогтоомж",
      "Төсөв",
      "Шалгуур үзүүлэлт",
      "Суурь түвшин",
      "Зорилтот түвшин",
      "Хугацаа /I-IV улирал/",
      "Хариуцах нэгж",
    ]);
    expect(t.partTwo?.heading).toBe("Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээ");
    expect(t.partTwo?.columns.map((c) => [c.group ?? "", c.header])).toEqual([
      ["", "Д/д"],
      ["", "Зорилтыг хэрэгжүүлэх арга хэмжээ"],
      ["", "Шалгуур үзүүлэлт"],
      ["", "Суурь түвшин"],
      ["Хүрэх түвшин", "Эхний хагас жил"],
      ["Хүрэх түвшин", "Сүүлийн хагас жил"],
      ["", "Эхлэх хугацаа"],
      ["", "Дуусах хугацаа"],
    ]);
    expect(t.partTwo?.columns.map((c) => c.role)).toEqual([
      "number",
      "activity",
      "criterion",
      "baseline",
      "target-h1",
      "target-h2",
      "start",
      "end",
    ]);
    expect(t.approval).toEqual({
      left: ["Төлөвлөгөө баталсан:", "{approverTitle}", "Тэмдэг", "{approverName}", "(огноо)"],
      right: ["Төлөвлөгөөг боловсруулсан:", "{drafterTitle}", "{drafterName}", "(огноо)"],
    });
    expect(t.title).toBe("{org} {year} ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨ");
  });

  it("org-report: columns 1–6 of the plan, then achieved and fulfilment", () => {
    const plan = TEMPLATES["org-plan"];
    const t = TEMPLATES["org-report"];
    expect(headers(t.columns).slice(0, 6)).toEqual(headers(plan.columns).slice(0, 6));
    expect(headers(t.columns).slice(6)).toEqual([
      "Хүрсэн түвшин буюу хэрэгжилт /хүрээгүй бол тайлбар/",
      "Гүйцэтгэлийн хувь",
    ]);
    expect(t.columns.map((c) => c.role).slice(6)).toEqual(["achieved", "fulfilment"]);
    expect(t.title).toBe("{unit} {year} ОНЫ {period} БИЕЛЭЛТ");
    expect(t.approval).toEqual(plan.approval);
  });

  it("individual-report under the group header Гүйцэтгэлийн түвшин, and the plan without (3) and (5)", () => {
    const t = TEMPLATES["individual-report"];
    expect(t.columns.map((c) => [c.group ?? "", c.header])).toEqual([
      ["", "Д/д"],
      ["", "Зорилтыг хэрэгжүүлэх арга хэмжээ"],
      ["", "Шалгуур үзүүлэлт"],
      ["Гүйцэтгэлийн түвшин", "Суурь түвшин"],
      ["Гүйцэтгэлийн түвшин", "Хүрэх түвшин"],
      ["Гүйцэтгэлийн түвшин", "Хүрсэн түвшин (биелэлт)"],
      ["Гүйцэтгэлийн түвшин", "Эхэлсэн, дууссан хугацаа"],
      ["Гүйцэтгэлийн түвшин", "Биелэлтийн хувь"],
    ]);
    expect(t.partOneHeading).toBe("Нэг. Гүйцэтгэлийн зорилт, арга хэмжээний биелэлт");
    expect(t.partTwo?.heading).toBe(
      "Хоёр. Мэдлэг, ур чадвараа дээшлүүлэх зорилт, арга хэмжээний биелэлт",
    );
    expect(headers(t.partTwo?.columns ?? [])).toEqual(headers(t.columns));
    expect(t.signature?.left[0]).toBe("ТАЙЛАН БИЧСЭН:");
    expect(t.signature?.right[0]).toBe("ХЯНАН БАТАЛГААЖУУЛСАН:");
    expect(t.title).toBe("{unit} {position} {name} {year} ОНЫ ГҮЙЦЭТГЭЛИЙН ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ");

    const plan = TEMPLATES["individual-plan"];
    expect(headers(plan.columns)).toEqual(
      headers(t.columns).filter((h) => h !== "Хүрсэн түвшин (биелэлт)" && h !== "Биелэлтийн хувь"),
    );
    expect(plan.columns.every((c) => c.role !== "achieved" && c.role !== "fulfilment")).toBe(true);
  });

  it("anticorruption-report with its total row and sign-off", () => {
    const t = TEMPLATES["anticorruption-report"];
    expect(headers(t.columns)).toEqual([
      "№",
      "Авлигатай тэмцэх үндэсний хөтөлбөрт тусгагдсан үйл ажиллагаа",
      "Хэрэгжүүлэх арга хэмжээ",
      "Хүрэх түвшин, үр дүнгийн үзүүлэлт",
      "Биелэлт",
      "Үнэлгээ",
    ]);
    expect(t.columns.map((c) => c.role)).toEqual([
      "number",
      "programme",
      "activity",
      "criterion",
      "achieved",
      "rating",
    ]);
    expect(t.totalLabel).toBe("Дундаж үнэлгээ");
    expect(t.signature?.left[0]).toMatch(/^Үнэлгээг баталгаажуулсан: /);
    expect(t.signature?.right[0]).toMatch(/^Биелэлт нэгтгэсэн: /);
    expect(t.title).toBe(
      "Авлигатай тэмцэх үндэсний хөтөлбөрийн хүрээнд {org} {year} онд хэрэгжүүлэх үйл ажиллагааны төлөвлөгөөний биелэлт",
    );
  });

  it("job-description", () => {
    const t = TEMPLATES["job-description"];
    expect(headers(t.columns)).toEqual([
      "Зорилт",
      "Албан тушаалын гүйцэтгэх чиг үүрэг",
      "Гүйцэтгэлийн шалгуур үзүүлэлт",
      "Хариуцлага, оролцооны хэлбэр",
    ]);
    expect(t.columns.map((c) => c.role)).toEqual([
      "objective",
      "function",
      "criterion",
      "responsibility",
    ]);
  });
});

describe("seed headers are recognised by their template", () => {
  it.each(SEED_HEADERS)("$seed", ({ template, cells }) => {
    const columns = [...template.columns, ...(template.partTwo?.columns ?? [])];
    for (const typed of cells) {
      expect(columns.filter((c) => names(c, typed)).length).toBeGreaterThan(0);
    }
    // Position by position the seed's columns are the template's columns.
    cells.forEach((typed, i) => expect(names(template.columns[i], typed)).toBe(true));
  });

  it("accepts the target and fulfilment variants seen across the seeds", () => {
    const target = (t: TemplateSpec) => t.columns.find((c) => c.role === "target") as ColumnSpec;
    const fulfilment = (t: TemplateSpec) =>
      t.columns.find((c) => c.role === "fulfilment") as ColumnSpec;
    for (const t of [TEMPLATES["org-plan"], TEMPLATES["individual-report"]]) {
      expect(names(target(t), "Хүрэх түвшин")).toBe(true);
      expect(names(target(t), "Зорилтот түвшин")).toBe(true);
    }
    for (const t of [TEMPLATES["org-report"], TEMPLATES["individual-report"]]) {
      expect(names(fulfilment(t), "Биелэлтийн хувь")).toBe(true);
      expect(names(fulfilment(t), "Гүйцэтгэлийн хувь")).toBe(true);
    }
    const number = TEMPLATES["org-plan"].columns[0];
    expect(names(number, "№")).toBe(true);
    expect(names(TEMPLATES["anticorruption-report"].columns[0], "Д/д")).toBe(true);
  });
});

describe("every template is well formed", () => {
  it.each(ALL_TEMPLATES.map((t) => [t.id, t] as const))("%s", (_id, t) => {
    for (const cols of [t.columns, t.partTwo?.columns ?? []]) {
      const roles = cols.map((c) => c.role);
      expect(new Set(roles).size).toBe(roles.length);
      for (const c of cols) {
        expect(c.header.trim()).toBe(c.header);
        expect(c.width).toBeGreaterThan(3);
        expect(c.aliases).not.toContain(c.header);
      }
      // A group header spans adjacent columns only.
      const groups = cols.map((c) => c.group).filter((g): g is string => !!g);
      for (const g of new Set(groups)) {
        const at = cols.map((c, i) => (c.group === g ? i : -1)).filter((i) => i >= 0);
        expect(at[at.length - 1] - at[0] + 1).toBe(at.length);
      }
    }
    expect(t.columns.filter((c) => c.required).length).toBeGreaterThanOrEqual(3);
    expect(t.title).toMatch(/\{year\}|ТОДОРХОЙЛОЛТ/);
    expect(t.print).toEqual({
      paper: "A4",
      orientation: "landscape",
      repeatHeaderRows: true,
      fitToWidth: true,
    });
    expect((t.sheetName ?? "").length).toBeGreaterThan(0);
    expect((t.sheetName ?? "").length).toBeLessThanOrEqual(31);
    expect(t.sheetName).not.toMatch(/[[\]:*?/\\]/);
  });

  it("report kinds store fulfilment as a percentage and offer the timeline and rating lists", () => {
    for (const id of ["org-report", "individual-report"] as const) {
      const f = TEMPLATES[id].columns.find((c) => c.role === "fulfilment");
      expect(f?.numberFormat).toBe("0%");
    }
    const timeline = TEMPLATES["org-plan"].columns.find((c) => c.role === "timeline");
    expect(timeline?.validation?.list).toEqual([
      "I улирал",
      "II улирал",
      "III улирал",
      "IV улирал",
      "I-IV улирал",
    ]);
    const rating = TEMPLATES["anticorruption-report"].columns.find((c) => c.role === "rating");
    expect(rating?.validation?.list).toEqual(["100", "70", "30", "0", "-"]);
  });
});
