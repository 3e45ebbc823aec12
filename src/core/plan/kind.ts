import { TEMPLATES } from "../templates";
import type { TemplateId } from "../templates/spec";
import { bi, type Bilingual } from "../text";
import { normalizeHeader } from "./normalize";

/** A header read as one document kind, as far as choosing between kinds needs it. */
export interface KindCandidate {
  template: TemplateId;
  /** How well the header names the kind's columns (0..1). */
  score: number;
  /** The columns' printed names the header named. */
  named: string[];
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

/**
 * The kinds a title names. A report's title names the plan it fulfils ("… ТӨЛӨВЛӨГӨӨНИЙ
 * БИЕЛЭЛТ"), so a report word decides over a plan word; an anti-corruption report names the
 * programme (Авлигатай тэмцэх … хөтөлбөр).
 */
export function titleKinds(title: string): TitleKinds | null {
  const t = normalizeHeader(title);
  const has = (w: string) => t.includes(w);
  if (has("тодорхойлолт")) return { words: ["тодорхойлолт"], kinds: ["job-description"] };
  const report = ["биелэлт", "тайлан"].filter(has);
  const programme = ["авлига", "хөтөлбөр"].filter(has);
  if (report.length > 0) {
    const kinds: TemplateId[] = ["org-report", "individual-report"];
    if (programme.length > 0) kinds.push("anticorruption-report");
    return { words: [...report, ...programme], kinds };
  }
  if (has("төлөвлөгөө")) return { words: ["төлөвлөгөө"], kinds: ["org-plan", "individual-plan"] };
  return null;
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
  const fits = pool.filter((c) => c.score >= best - FIT_MARGIN);
  let chosen = fits.reduce((a, b) => (b.score > a.score ? b : a));
  const general = MORE_GENERAL[chosen.template];
  const wider = general ? fits.find((c) => c.template === general) : undefined;
  if (wider) chosen = wider;
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
