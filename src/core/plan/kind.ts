import { TEMPLATES } from "../templates";
import type { TemplateId } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import { normalizeHeader } from "../cells/normalize";

/** A header read as one document kind, as far as choosing between kinds needs it. */
export interface KindCandidate {
  template: TemplateId;
  /** How well the header names the kind's columns (0..1). */
  score: number;
  /** The columns' printed names the header named. */
  named: string[];
  /** The roles of the columns the header named. */
  roles: string[];
  /** The header names every column the kind requires. */
  complete: boolean;
  /** How well the header names each column it reads, by role. */
  naming: Partial<Record<string, number>>;
}

export interface KindChoice<C extends KindCandidate> {
  chosen: C;
  /** Other kinds the table fits as well (the person may choose one instead). */
  alternatives: TemplateId[];
  why: Bilingual;
}

/** Kinds the same header fits when their scores are this close. */
const FIT_MARGIN = 0.05;

/** A kind and the more specific kind of the same stage: a person's form is an office's, narrowed. */
const MORE_GENERAL: Partial<Record<TemplateId, TemplateId>> = {
  "individual-plan": "org-plan",
  "individual-report": "org-report",
};

interface TitleKinds {
  /** The title's words that tell the kind, as written in the reason. */
  words: string[];
  kinds: readonly TemplateId[];
}

/** A person's form names the person's position ("… БАЙЦААГЧ …", the form's «(Албан тушаал)»). */
const PERSON_WORDS = [
  "албан тушаал",
  "байцаагч",
  "мэргэжилт",
  "ажилтан",
  "ажилтны",
  "албан хаагч",
  "нягтлан",
  "зөвлөх",
  "хянагч",
];

/**
 * The kinds a title names. A report's title names the plan it fulfils ("… ТӨЛӨВЛӨГӨӨНИЙ
 * БИЕЛЭЛТ"), so a report word decides over a plan word; an anti-corruption report names the
 * programme (Авлигатай тэмцэх … хөтөлбөр); a person's form names a position. A unit's title
 * names its unit and head (seed 000), as a person's names the person's unit (seed 001): the
 * unit tells nothing.
 */
export function titleKinds(title: string): TitleKinds | null {
  const t = normalizeHeader(title);
  const found = (words: readonly string[]) => words.filter((w) => t.includes(w));
  if (t.includes("тодорхойлолт")) return { words: ["тодорхойлолт"], kinds: ["job-description"] };
  const report = found(["биелэлт", "тайлан"]);
  const stage = report.length > 0 ? report : found(["төлөвлөгөө"]);
  if (stage.length === 0) return null;
  const programme = found(["авлига", "хөтөлбөр"]);
  const person = found(PERSON_WORDS);
  const [org, individual]: TemplateId[] =
    report.length > 0 ? ["org-report", "individual-report"] : ["org-plan", "individual-plan"];
  const kinds: TemplateId[] = person.length > 0 ? [individual] : [org, individual];
  if (report.length > 0 && programme.length > 0) kinds.push("anticorruption-report");
  return { words: [...stage, ...programme, ...person], kinds };
}

/** Whether `a` reads every column `b` reads, and more. */
function readsMore(a: KindCandidate, b: KindCandidate): boolean {
  return a.roles.length > b.roles.length && b.roles.every((r) => a.roles.includes(r));
}

const quoted = (words: string[]) => words.map((w) => `«${w}»`).join(", ");

/**
 * The document kind of a header among the kinds its columns fit: those the title names, when
 * any does; of kinds that fit alike, the more general one. Says why, and which others fit.
 */
export function chooseKind<C extends KindCandidate>(
  candidates: readonly C[],
  title: string | undefined,
): KindChoice<C> | null {
  if (candidates.length === 0) return null;
  const named = title ? titleKinds(title) : null;
  const agreeing = named ? candidates.filter((c) => named.kinds.includes(c.template)) : [];
  const pool = agreeing.length > 0 ? agreeing : candidates;
  const best = Math.max(...pool.map((c) => c.score));
  const close = pool.filter((c) => c.score >= best - FIT_MARGIN);
  // A kind reading fewer of the columns than another (a plan's of a report's header) is no fit.
  const fits = close.filter((c) => !close.some((o) => readsMore(o, c)));
  let chosen = fits.reduce((a, b) => (b.score > a.score ? b : a));
  // An office's form that reads every column a person's form does, by names as good, fits the
  // table as well: it only adds columns (Төсөв, Хариуцах нэгж) the table may leave out. It is
  // the table's when the table has one of those (an office's indicator plan with «Хариуцах
  // нэгж» and no activity column). A person's own names («Эхэлсэн, дууссан хугацаа», the
  // «Гүйцэтгэлийн түвшин» group) keep a person's form.
  const general = MORE_GENERAL[chosen.template];
  const wider = general ? pool.find((c) => c.template === general) : undefined;
  const namesAsWell = (w: C) =>
    chosen.roles.every((r) => (w.naming[r] ?? 0) >= (chosen.naming[r] ?? 0) - 1e-9);
  if (wider && (wider.complete || readsMore(wider, chosen)) && namesAsWell(wider)) {
    if (!fits.includes(wider)) fits.push(wider);
    chosen = wider;
  }
  const alternatives = fits.filter((c) => c !== chosen).map((c) => c.template);

  const name = TEMPLATES[chosen.template].name;
  const columns = quoted(chosen.named);
  const byTitle = named && agreeing.includes(chosen);
  const why = byTitle
    ? bi(
        `«${name.mn}» гэж уншив: гарчигт ${quoted(named.words)} гэж бичсэн, толгойд ${columns} баганууд байна.`,
        `Read as “${name.en}”: the title says ${quoted(named.words)} and the header has the columns ${columns}.`,
      )
    : bi(
        `«${name.mn}» гэж уншив: толгойд ${columns} баганууд байна.`,
        `Read as “${name.en}”: the header has the columns ${columns}.`,
      );
  if (alternatives.length === 0) return { chosen, alternatives, why };
  const others = alternatives.map((id) => TEMPLATES[id].name);
  return {
    chosen,
    alternatives,
    why: bi(
      `${why.mn} Хүснэгт ${others.map((o) => `«${o.mn}»`).join(", ")} маягтад ч тохирч байгаа тул илүү ерөнхий нь болох «${name.mn}» гэж уншив; өөр төрөл бол «Шалгах» хэсэгт (эсвэл --template) сонгоно уу.`,
      `${why.en} The table fits ${others.map((o) => `“${o.en}”`).join(", ")} as well, so it is read as the more general “${name.en}”; if it is the other kind, choose it in the Check view (or with --template).`,
    ),
  };
}
