import { useRef, useState, type ChangeEvent } from "react";
import { Button, Divider, makeStyles } from "@fluentui/react-components";
import { documentLang } from "../../core/settings";
import { rankingNote, reportedName } from "../../core/summary/consolidate";
import type { ConclusionParagraph } from "../../core/summary/evaluation";
import { bi, type Bilingual } from "../../core/text";
import { readUnits, writeConsolidation } from "../actions/consolidate";
import { writeSummaries } from "../actions/summary";
import { DOCX_TYPE, handOver } from "../hand-over";
import { ActionStatus, FailureBar, NoticeBar, Progress } from "../components/Messages";
import { useViewStyles } from "../components/layout";
import type { PaneProps } from "../pane";
import { STRINGS, say, sayBoth } from "../strings";
import { useAction } from "../use-action";

const useStyles = makeStyles({
  paragraph: { margin: 0, overflowWrap: "anywhere" },
});

const quoted = (names: string[]): Bilingual => {
  const list = names.map((n) => `«${n}»`).join(", ");
  return bi(list, list);
};

interface Consolidated {
  text: Bilingual;
  written: boolean;
  leftOut: Bilingual[];
  /** Units ranked after every complete one, with what they left out. */
  incomplete?: Bilingual[];
  /** The units whose report names another year or period than most, and what most report. */
  otherPeriod?: { items: Bilingual[]; usual: Bilingual };
}

/** Нэгтгэл: the active sheet's summaries, and many units' files consolidated into this workbook. */
export function SummaryView({ port, state, lang, onState, onJournal }: PaneProps) {
  const styles = useViewStyles();
  const own = useStyles();
  const [written, setWritten] = useState<{
    text: Bilingual;
    conclusion: ConclusionParagraph[];
  } | null>(null);
  const [word, setWord] = useState<{ text: Bilingual; saved: boolean } | null>(null);
  const [consolidated, setConsolidated] = useState<Consolidated | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction(onJournal);

  const summarise = () =>
    action.run(async (journal) => {
      setWritten(null);
      const run = await writeSummaries(port, journal, action.onProgress);
      onState(run.state);
      setWritten({
        text: sayBoth("summaryWritten", { sheets: quoted(run.written) }),
        conclusion: run.conclusion,
      });
    }, STRINGS.actionSummary);

  // The Word document is handed over as this Office can (hand-over.ts); the workbook is not changed.
  const saveWord = () =>
    action.run(async () => {
      setWord(null);
      // The Word writer loads when first asked for: the pane opens without it.
      const { wordOfActiveSheet } = await import("../actions/word");
      const made = await wordOfActiveSheet(port);
      const how = handOver(made.bytes, made.file, DOCX_TYPE);
      setWord(
        how.kind === "download"
          ? {
              text: sayBoth("wordSaved", { file: made.file, sheets: quoted(made.parts) }),
              saved: true,
            }
          : { text: how.why, saved: false },
      );
    }, STRINGS.actionSaveWord);

  const consolidateFiles = (files: File[]) =>
    action.run(async (journal) => {
      setConsolidated(null);
      setCancelled(false);
      const controller = new AbortController();
      abort.current = controller;
      try {
        const units = await readUnits(files, state.settings, {
          signal: controller.signal,
          onProgress: (done, total) => setReading({ done, total }),
        });
        setReading(null);
        if (units === null) {
          setCancelled(true);
          return;
        }
        const readable = units.filter((u) => u.figures && !u.error);
        const leftOut = units.flatMap((u) =>
          u.error ? [sayBoth("fileLeftOut", { unit: u.unit, reason: u.error })] : [],
        );
        if (readable.length === 0) {
          setConsolidated({ text: STRINGS.noFilesRead, written: false, leftOut });
          return;
        }
        // The consolidated table is an official document: in the document's language.
        const docLang = documentLang(state.settings);
        const result = await writeConsolidation(port, units, docLang, journal);
        onState(result.state);
        setConsolidated({
          text: sayBoth("consolidated", {
            count: readable.length,
            sheets: quoted(result.written),
          }),
          written: true,
          leftOut,
          incomplete: result.consolidation.ranking
            .filter((u) => !u.complete)
            .map((u) => sayBoth("unitIncomplete", { unit: u.unit, note: rankingNote(u) })),
          otherPeriod: {
            items: result.consolidation.otherPeriod.map((u) =>
              sayBoth("unitIncomplete", { unit: u.unit, note: reportedName(u.reported) }),
            ),
            usual: reportedName(result.consolidation.reported),
          },
        });
      } finally {
        abort.current = null;
        setReading(null);
      }
    }, STRINGS.actionConsolidate);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Picking the same files again must fire a change.
    event.target.value = "";
    if (files.length > 0) void consolidateFiles(files);
  };

  return (
    <div className={styles.view}>
      <p className={styles.text}>{STRINGS.summaryIntro[lang]}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={summarise}>
          {STRINGS.makeSummary[lang]}
        </Button>
        <Button disabledFocusable={action.busy} onClick={saveWord}>
          {STRINGS.saveWord[lang]}
        </Button>
      </div>
      {!reading && <ActionStatus busy={action.busy} progress={action.progress} lang={lang} />}
      {written && <NoticeBar intent="success" lang={lang} text={written.text} />}
      {word && (
        <NoticeBar intent={word.saved ? "success" : "warning"} lang={lang} text={word.text} />
      )}
      {written && written.conclusion.length > 0 && (
        <section className={styles.view} aria-label={STRINGS.conclusion[lang]}>
          <h2 className={styles.heading}>{STRINGS.conclusion[lang]}</h2>
          {written.conclusion.map((p, i) => (
            <p key={i} className={own.paragraph}>
              {p.text[lang]}
            </p>
          ))}
        </section>
      )}
      <Divider />
      <p className={styles.text}>{STRINGS.consolidateIntro[lang]}</p>
      <input
        ref={input}
        className={styles.fileInput}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={STRINGS.consolidateFiles[lang]}
        // The button beside it is the control people and screen readers use.
        aria-hidden="true"
        tabIndex={-1}
        onChange={picked}
      />
      <div className={styles.buttons}>
        <Button disabledFocusable={action.busy} onClick={() => input.current?.click()}>
          {STRINGS.consolidate[lang]}
        </Button>
        {reading && <Button onClick={() => abort.current?.abort()}>{STRINGS.cancel[lang]}</Button>}
      </div>
      {reading && (
        <Progress
          label={say("readingFiles", lang, reading)}
          done={reading.done}
          total={reading.total}
        />
      )}
      {action.failure && (
        <FailureBar text={action.failure} lang={lang} onDismiss={action.dismiss} />
      )}
      {cancelled && <NoticeBar intent="info" lang={lang} text={STRINGS.consolidationCancelled} />}
      {consolidated && (
        <NoticeBar
          intent={consolidated.written ? "success" : "warning"}
          lang={lang}
          text={consolidated.text}
        />
      )}
      {consolidated && consolidated.incomplete && consolidated.incomplete.length > 0 && (
        <NoticeBar
          intent="warning"
          lang={lang}
          title={sayBoth("unitsIncomplete", { count: consolidated.incomplete.length })}
          items={consolidated.incomplete}
        />
      )}
      {consolidated && consolidated.otherPeriod && consolidated.otherPeriod.items.length > 0 && (
        <NoticeBar
          intent="warning"
          lang={lang}
          title={sayBoth("unitsOtherPeriod", {
            count: consolidated.otherPeriod.items.length,
            usual: consolidated.otherPeriod.usual,
          })}
          items={consolidated.otherPeriod.items}
        />
      )}
      {consolidated && consolidated.leftOut.length > 0 && (
        <NoticeBar
          intent="warning"
          lang={lang}
          title={sayBoth("unitsLeftOut", { count: consolidated.leftOut.length })}
          items={consolidated.leftOut}
        />
      )}
    </div>
  );
}
