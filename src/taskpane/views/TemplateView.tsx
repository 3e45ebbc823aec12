import { useRef, useState, type ChangeEvent } from "react";
import { Button, Divider, Field, Input, Select } from "@fluentui/react-components";
import { ALL_TEMPLATES } from "../../core/templates";
import type { TemplateId } from "../../core/templates/spec";
import type { RowKind } from "../../core/transform/insert-row";
import type { NextStep } from "../../core/transform/next-document";
import { insertRow } from "../actions/rows";
import type { Bilingual } from "../../core/text";
import {
  createFromWord,
  createNextDocument,
  createPlanFromJob,
  createTemplateSheet,
  type SheetMade,
  type TemplateForm,
} from "../actions/template";
import type { Journal } from "../failure";
import { ActionStatus, FailureBar, NoticeBar } from "../components/Messages";
import { useViewStyles } from "../components/layout";
import type { PaneProps } from "../pane";
import { STRINGS, sayBoth } from "../strings";
import { useAction } from "../use-action";

const EMPTY_FORM: TemplateForm = {
  template: "org-plan",
  org: "",
  unit: "",
  year: "",
  period: "half",
  approver: "",
  drafter: "",
};

type TextField = "org" | "unit" | "year" | "approver" | "drafter";

/** The turns of the year's cycle, in order, with their buttons' labels. */
const NEXT_STEPS: [NextStep, "createReport" | "createYearEnd" | "createNextPlan"][] = [
  ["report", "createReport"],
  ["year-end", "createYearEnd"],
  ["next-plan", "createNextPlan"],
];
const TEXT_FIELDS: TextField[] = ["org", "unit", "year", "approver", "drafter"];

/** Загвар: new sheets from the templates, a report from a plan, a plan from a job description. */
export function TemplateView({ port, lang, onState, onJournal }: PaneProps) {
  const styles = useViewStyles();
  const wordInput = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState<TemplateForm>(EMPTY_FORM);
  const [made, setMade] = useState<{ text: Bilingual; warnings: Bilingual[] } | null>(null);
  const action = useAction(onJournal);

  const make = (create: (journal: Journal) => Promise<SheetMade>) =>
    action.run(async (journal) => {
      setMade(null);
      const result = await create(journal);
      onState(result.state);
      setMade({
        text: sayBoth("sheetCreated", { sheet: result.sheet }),
        warnings: result.warnings,
      });
    }, STRINGS.actionSheet);

  const addRow = (kind: RowKind) =>
    action.run(async (journal) => {
      setMade(null);
      const result = await insertRow(port, kind, journal);
      onState(result.state);
      setMade({
        text: sayBoth("rowAdded", { sheet: result.sheet, cell: result.cell }),
        warnings: [],
      });
    }, STRINGS.actionRow);

  const wordPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Picking the same document again must fire a change.
    event.target.value = "";
    if (file) make((journal) => createFromWord(port, file, journal, action.onProgress));
  };

  const set = <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  return (
    <div className={styles.view}>
      <Field label={STRINGS.templateKind[lang]}>
        <Select
          className={styles.control}
          select={{ className: styles.control }}
          value={form.template}
          onChange={(_, data) => set("template", data.value as TemplateId)}
        >
          {ALL_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {TEXT_FIELDS.map((key) => (
        <Field key={key} label={STRINGS[key][lang]}>
          <Input
            className={styles.control}
            value={form[key]}
            inputMode={key === "year" ? "numeric" : undefined}
            placeholder={key === "year" ? String(new Date().getFullYear()) : undefined}
            onChange={(_, data) => set(key, data.value)}
          />
        </Field>
      ))}
      <Field label={STRINGS.period[lang]}>
        <Select
          className={styles.control}
          select={{ className: styles.control }}
          value={form.period}
          onChange={(_, data) => set("period", data.value === "year" ? "year" : "half")}
        >
          <option value="half">{STRINGS.periodHalf[lang]}</option>
          <option value="year">{STRINGS.periodYear[lang]}</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={action.busy}
          onClick={() =>
            make((journal) => createTemplateSheet(port, form, false, journal, action.onProgress))
          }
        >
          {STRINGS.createTable[lang]}
        </Button>
        <Button
          disabledFocusable={action.busy}
          onClick={() =>
            make((journal) => createTemplateSheet(port, form, true, journal, action.onProgress))
          }
        >
          {STRINGS.exampleTable[lang]}
        </Button>
      </div>
      <Divider />
      <h2 className={styles.heading}>{STRINGS.fromActiveSheet[lang]}</h2>
      <p className={styles.text}>{STRINGS.fromActiveSheetHint[lang]}</p>
      <div className={styles.buttons}>
        {NEXT_STEPS.map(([step, label]) => (
          <Button
            key={step}
            disabledFocusable={action.busy}
            onClick={() =>
              make((journal) =>
                createNextDocument(port, step, form.period, journal, action.onProgress),
              )
            }
          >
            {STRINGS[label][lang]}
          </Button>
        ))}
        <Button
          disabledFocusable={action.busy}
          onClick={() =>
            make((journal) => createPlanFromJob(port, form, journal, action.onProgress))
          }
        >
          {STRINGS.planFromJob[lang]}
        </Button>
      </div>
      <Divider />
      <h2 className={styles.heading}>{STRINGS.fromWord[lang]}</h2>
      <p className={styles.text}>{STRINGS.fromWordHint[lang]}</p>
      <input
        ref={wordInput}
        className={styles.fileInput}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label={STRINGS.openWord[lang]}
        // The button beside it is the control people and screen readers use.
        aria-hidden="true"
        tabIndex={-1}
        onChange={wordPicked}
      />
      <div className={styles.buttons}>
        <Button disabledFocusable={action.busy} onClick={() => wordInput.current?.click()}>
          {STRINGS.openWord[lang]}
        </Button>
      </div>
      <Divider />
      <h2 className={styles.heading}>{STRINGS.rowsHeading[lang]}</h2>
      <p className={styles.text}>{STRINGS.rowsHint[lang]}</p>
      <div className={styles.buttons}>
        <Button disabledFocusable={action.busy} onClick={() => addRow("activity")}>
          {STRINGS.addActivity[lang]}
        </Button>
        <Button disabledFocusable={action.busy} onClick={() => addRow("criterion")}>
          {STRINGS.addCriterion[lang]}
        </Button>
      </div>
      <ActionStatus busy={action.busy} progress={action.progress} lang={lang} />
      {action.failure && (
        <FailureBar text={action.failure} lang={lang} onDismiss={action.dismiss} />
      )}
      {made && <NoticeBar intent="success" lang={lang} text={made.text} />}
      {made && made.warnings.length > 0 && (
        <NoticeBar
          intent="warning"
          lang={lang}
          title={STRINGS.warningsTitle}
          items={made.warnings}
        />
      )}
    </div>
  );
}
