import { useId, useState, type ReactElement } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Link,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import { SUMMARY_ALONE_NAME } from "../../core/checks/rating-summary-alone";
import { CATALOGUE } from "../../core/checks/catalogue";
import { fixAsTyped, type Finding, type FindingCode, type Severity } from "../../core/finding";
import { TEMPLATES } from "../../core/templates";
import type { HeaderMatch } from "../../core/plan/model";
import type { ReadOptions } from "../../core/plan/read";
import type { ReportPeriod } from "../../core/plan/title";
import type { TemplateId } from "../../core/templates/spec";
import type { Bilingual, Lang } from "../../core/text";
import {
  applyFixes,
  checkActiveSheet,
  checkSheetAsChosen,
  findingSheet,
  fixableCodes,
  fixesOf,
  readUnderFixes,
  writeFindings,
  type CheckRun,
  type FormulaUnderFix,
  type PlacedFix,
} from "../actions/check";
import { ActionStatus, FailureBar, NoticeBar } from "../components/Messages";
import { useViewStyles } from "../components/layout";
import type { PaneProps } from "../pane";
import { STRINGS, say, sayBoth, type StringKey } from "../strings";
import { useAction } from "../use-action";

const SEVERITIES: { severity: Severity; label: StringKey; icon: ReactElement }[] = [
  { severity: "error", label: "severityError", icon: <ErrorCircleRegular /> },
  { severity: "warning", label: "severityWarning", icon: <WarningRegular /> },
  { severity: "note", label: "severityNote", icon: <InfoRegular /> },
];

const useStyles = makeStyles({
  group: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { fontWeight: tokens.fontWeightSemibold },
  fixText: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  link: { textAlign: "start", overflowWrap: "anywhere" },
});

/**
 * A confirmation waiting for the person: the fixes (all of one code's, or one over a formula),
 * and the cells among them whose formula a value would replace.
 */
interface PendingFixes {
  code?: FindingCode;
  fixes: PlacedFix[];
  formulas: FormulaUnderFix[];
}

/** The formulas a confirmation names, five at most: "H12 (=G12/F12)". */
const FORMULAS_SHOWN = 5;

function formulaCells(formulas: FormulaUnderFix[]): string {
  const shown = formulas.slice(0, FORMULAS_SHOWN).map((f) => `${f.cell} (${f.formula})`);
  return shown.join(", ") + (formulas.length > FORMULAS_SHOWN ? ", …" : "");
}

/** Шалгах: every check on the active sheet, findings by severity, fixes, findings sheet. */
export function CheckView({ port, lang, onState, onJournal }: PaneProps) {
  const styles = useViewStyles();
  const [run, setRun] = useState<CheckRun | null>(null);
  const [notice, setNotice] = useState<Bilingual | null>(null);
  const [pending, setPending] = useState<PendingFixes | null>(null);
  /** The kinds the sheet's table fits when more than one does, the first as read. */
  const [kinds, setKinds] = useState<TemplateId[]>([]);
  const action = useAction(onJournal);

  const check = (chosen?: ReadOptions) =>
    action.run(async () => {
      setNotice(null);
      // A check the person asked as one kind, year or period keeps the kinds offered, and the
      // choice is recorded for the sheet; a new check finds the kinds.
      if (chosen) {
        const made = await checkSheetAsChosen(port, chosen);
        setRun(made.run);
        if (!made.state) return;
        onState(made.state);
        setNotice(sayBoth("readingRecorded", { sheet: made.run.sheet }));
        return;
      }
      const next = await checkActiveSheet(port);
      setRun(next);
      const alternatives = next.result.ok ? (next.result.plan.header.alternatives ?? []) : [];
      setKinds(
        next.result.ok && alternatives.length > 0 ? [next.result.template, ...alternatives] : [],
      );
    });

  // A fix over a person's formula is asked first: the value would replace the formula.
  const fix = (current: CheckRun, fixes: PlacedFix[], confirmed = false) =>
    action.run(async (journal) => {
      setNotice(null);
      // (Confirmed, the cells are read again as they are now, for the undo.)
      const under = confirmed ? undefined : await readUnderFixes(port, fixes);
      if (under && under.formulas.length > 0) {
        setPending({ fixes, formulas: under.formulas });
        return;
      }
      const next = await applyFixes(port, current, fixes, journal, under?.read);
      setRun(next);
      setNotice(sayBoth("fixed", { sheet: current.sheet, count: fixes.length }));
    }, STRINGS.actionFix);

  const askFixAll = (current: CheckRun, code: FindingCode) =>
    action.run(async () => {
      setNotice(null);
      const fixes = fixesOf(current, code);
      setPending({ code, fixes, formulas: (await readUnderFixes(port, fixes)).formulas });
    });

  const toSheet = (current: CheckRun) =>
    action.run(async (journal) => {
      setNotice(null);
      const written = await writeFindings(port, current, journal);
      onState(written.state);
      setNotice(sayBoth("findingsWritten", { sheet: written.name }));
    }, STRINGS.actionFindings);

  const show = (current: CheckRun, f: Finding) =>
    action.run(async () => {
      await port.selectCell(findingSheet(current, f), f.cell);
    });

  return (
    <div className={styles.view}>
      <p className={styles.text}>{STRINGS.checkIntro[lang]}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={() => check()}>
          {STRINGS.runCheck[lang]}
        </Button>
        {run && (
          <Button disabledFocusable={action.busy} onClick={() => toSheet(run)}>
            {STRINGS.findingsToSheet[lang]}
          </Button>
        )}
      </div>
      <ActionStatus busy={action.busy} progress={action.progress} lang={lang} />
      {action.failure && (
        <FailureBar text={action.failure} lang={lang} onDismiss={action.dismiss} />
      )}
      {notice && <NoticeBar intent="success" lang={lang} text={notice} />}
      {run?.result.ok && kinds.length > 1 && (
        // When the table fits two kinds: which one it is read as, why, and the other.
        <ReadChoice
          label={STRINGS.kindChoice[lang]}
          hint={run.result.plan.header.why?.[lang]}
          options={kinds.map((id) => [id, TEMPLATES[id].name[lang]])}
          current={run.result.template}
          busy={action.busy}
          onChoose={(id) => check({ ...run.chosen, template: id })}
        />
      )}
      {run?.result.ok && yearsReported(run.result.plan.header).length > 1 && (
        // Targets or levels reached per year: which year's column is read, and another.
        <ReadChoice
          label={STRINGS.yearChoice[lang]}
          hint={STRINGS.yearChoiceHint[lang]}
          options={yearsReported(run.result.plan.header).map((y) => [y, String(y)])}
          current={run.result.plan.header.targetYear ?? run.result.plan.header.achievedYear}
          busy={action.busy}
          onChoose={(year) => check({ ...run.chosen, year })}
        />
      )}
      {run?.result.ok && readPeriod(run.result.plan.header) && (
        // Targets per half-year and year: which period's the report is measured against.
        <ReadChoice<ReportPeriod>
          label={STRINGS.period[lang]}
          hint={
            (run.result.plan.header.targetPeriod
              ? STRINGS.periodChoiceHint
              : STRINGS.achievedPeriodChoiceHint)[lang]
          }
          options={[
            ["half", STRINGS.periodHalf[lang]],
            ["year", STRINGS.periodYear[lang]],
          ]}
          current={readPeriod(run.result.plan.header)}
          busy={action.busy}
          onChoose={(period) => check({ ...run.chosen, period })}
        />
      )}
      {run && (
        <Findings
          run={run}
          lang={lang}
          busy={action.busy}
          onShow={(f) => show(run, f)}
          onFix={(f) => f.fix && fix(run, [{ sheet: findingSheet(run, f), ...f.fix }])}
          onFixAll={(code) => askFixAll(run, code)}
        />
      )}
      <Dialog
        open={pending !== null}
        modalType="alert"
        onOpenChange={(_, data) => !data.open && setPending(null)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {pending?.code ? STRINGS.confirmTitle[lang] : STRINGS.confirmFormulaTitle[lang]}
            </DialogTitle>
            <DialogContent>
              {pending?.code &&
                run &&
                say("confirmText", lang, {
                  title: CATALOGUE[pending.code].title,
                  sheet: run.sheet,
                  count: pending.fixes.length,
                })}
              {pending?.code && pending.formulas.length > 0 && " "}
              {pending &&
                pending.formulas.length > 0 &&
                say("confirmFormulas", lang, { cells: formulaCells(pending.formulas) })}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (pending && run) void fix(run, pending.fixes, true);
                  setPending(null);
                }}
              >
                {STRINGS.confirm[lang]}
              </Button>
              <Button onClick={() => setPending(null)}>{STRINGS.cancel[lang]}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

/**
 * A choice of how the table is read (its kind, the year, the period): the one read now, with the
 * pane's `hint`, and the others; choosing another checks the sheet again read so.
 */
function ReadChoice<T extends string | number>(props: {
  label: string;
  hint?: string;
  options: [T, string][];
  current: T | undefined;
  busy: boolean;
  onChoose: (value: T) => void;
}) {
  const { options, current } = props;
  const key = (value: T | undefined) => String(value);
  return (
    <Field label={props.label} hint={props.hint}>
      <Dropdown
        value={options.find(([value]) => value === current)?.[1] ?? ""}
        selectedOptions={[key(current)]}
        disabled={props.busy}
        onOptionSelect={(_, data) => {
          const chosen = options.find(([value]) => key(value) === data.optionValue)?.[0];
          if (chosen !== undefined && chosen !== current) props.onChoose(chosen);
        }}
      >
        {options.map(([value, text]) => (
          <Option key={key(value)} value={key(value)}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The period a table with targets or levels reached per half-year and year is read for. */
function readPeriod(header: HeaderMatch): ReportPeriod | undefined {
  return header.targetPeriod ?? header.achievedPeriod;
}

/** The years a table gives its targets or its levels reached for, in order. */
function yearsReported(header: HeaderMatch): number[] {
  const given = [...(header.targetYears ?? []), ...(header.achievedYears ?? [])];
  return [...new Set(given.map((y) => y.year))].sort((a, b) => a - b);
}

function Findings(props: {
  run: CheckRun;
  lang: Lang;
  busy: boolean;
  onShow: (f: Finding) => void;
  onFix: (f: Finding) => void;
  onFixAll: (code: FindingCode) => void;
}) {
  const styles = useViewStyles();
  const own = useStyles();
  const { run, lang, busy } = props;
  const findings = run.result.findings;
  const kind = !run.result.ok
    ? undefined
    : run.result.summary
      ? SUMMARY_ALONE_NAME
      : TEMPLATES[run.result.template].name;
  const summary = kind
    ? say("checked", lang, { sheet: run.sheet, kind, count: findings.length })
    : say("checkedUnknown", lang, { sheet: run.sheet, count: findings.length });
  const groups = fixableCodes(run);

  return (
    <>
      <p className={styles.text} role="status">
        {summary}
      </p>
      {findings.length === 0 && (
        <NoticeBar intent="success" lang={lang} text={STRINGS.noFindings} />
      )}
      {groups.length > 0 && (
        <section className={styles.view}>
          <h2 className={styles.heading}>{STRINGS.fixAllGroups[lang]}</h2>
          <ul className={styles.list}>
            {groups.map((g) => (
              <FixAllGroup
                key={g.code}
                text={say("fixAllGroup", lang, { title: CATALOGUE[g.code].title, count: g.cells })}
                lang={lang}
                busy={busy}
                onFixAll={() => props.onFixAll(g.code)}
              />
            ))}
          </ul>
        </section>
      )}
      {SEVERITIES.map(({ severity, label, icon }) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <section key={severity} className={styles.view}>
            <h2 className={`${styles.heading} ${own.group}`}>
              {icon}
              {say("severityCount", lang, { label: STRINGS[label], count: list.length })}
            </h2>
            <ul className={styles.list}>
              {list.map((f, i) => (
                <FindingItem
                  key={`${f.code}-${f.cell}-${i}`}
                  finding={f}
                  lang={lang}
                  busy={busy}
                  onShow={() => props.onShow(f)}
                  onFix={() => props.onFix(f)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function FixAllGroup(props: { text: string; lang: Lang; busy: boolean; onFixAll: () => void }) {
  const styles = useViewStyles();
  const id = useId();
  return (
    <li className={styles.buttons}>
      <span id={id} className={styles.text}>
        {props.text}
      </span>
      <Button
        size="small"
        aria-describedby={id}
        disabledFocusable={props.busy}
        onClick={props.onFixAll}
      >
        {STRINGS.fixAll[props.lang]}
      </Button>
    </li>
  );
}

function FindingItem(props: {
  finding: Finding;
  lang: Lang;
  busy: boolean;
  onShow: () => void;
  onFix: () => void;
}) {
  const own = useStyles();
  const id = useId();
  const { finding: f, lang } = props;
  return (
    <li className={own.finding}>
      <Link
        as="button"
        id={id}
        className={own.link}
        title={say("showCell", lang, { cell: f.cell })}
        onClick={props.onShow}
      >
        <span className={own.cell}>{f.cell}</span> {f.message[lang]}
      </Link>
      {f.fix && (
        <>
          <span className={own.fixText}>
            {say("fixPreview", lang, { value: String(fixAsTyped(f.fix)) })}
          </span>
          <Button
            size="small"
            aria-describedby={id}
            disabledFocusable={props.busy}
            onClick={props.onFix}
          >
            {STRINGS.fix[lang]}
          </Button>
        </>
      )}
    </li>
  );
}
