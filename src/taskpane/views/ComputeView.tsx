import { useState } from "react";
import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { FigureSource } from "../../core/summary/sources";
import { figureText } from "../../core/summary/common";
import { replacedSentence } from "../../core/summary/replaced";
import type { Lang } from "../../core/text";
import { computeActiveSheet, type ComputeRun } from "../actions/compute";
import { ActionStatus, FailureBar, NoticeBar } from "../components/Messages";
import { useViewStyles } from "../components/layout";
import type { PaneProps } from "../pane";
import { STRINGS, say, sayBoth } from "../strings";
import { useAction } from "../use-action";

const useStyles = makeStyles({
  figure: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  value: { fontWeight: tokens.fontWeightSemibold },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Cells shown at most for one figure; the rest are summed up ("… +12"). */
const SHOWN_CELLS = 12;

/** One figure with the cells it is the mean of, each a link that selects its cell. */
function Figure(props: { source: FigureSource; lang: Lang; onShow: (cell: string) => void }) {
  const styles = useStyles();
  const { source, lang, onShow } = props;
  const value =
    source.value === null ? STRINGS.figureNone[lang] : `${figureText(source.value, lang)}%`;
  const cells = source.cells.slice(0, SHOWN_CELLS);
  // The words around the cells, in the order the language puts them.
  const [before, after] = STRINGS.figureCells[lang].split("{cells}");
  return (
    <li className={styles.figure}>
      <span>
        {source.label[lang]}: <span className={styles.value}>{value}</span>
      </span>
      {cells.length > 0 && (
        <span className={styles.cells}>
          {before.trim() && <span>{before.trim()}</span>}
          {cells.map((cell) => (
            <Link
              key={cell}
              as="button"
              aria-label={say("showCell", lang, { cell })}
              onClick={() => onShow(cell)}
            >
              {cell}
            </Link>
          ))}
          {source.cells.length > cells.length && (
            <span>… +{source.cells.length - cells.length}</span>
          )}
          {after.trim() && <span>{after.trim()}</span>}
        </span>
      )}
    </li>
  );
}

/** Тооцоолох: fill fulfilment % and ratings, never over what a person typed; show the figures. */
export function ComputeView({ port, lang, onState, onJournal }: PaneProps) {
  const styles = useViewStyles();
  const [result, setResult] = useState<ComputeRun | null>(null);
  const action = useAction(onJournal);

  const compute = () =>
    action.run(async (journal) => {
      setResult(null);
      const run = await computeActiveSheet(port, journal);
      onState(run.state);
      setResult(run);
    }, STRINGS.actionCompute);

  const show = (sheet: string, cell: string) =>
    action.run(async () => {
      await port.selectCell(sheet, cell);
    });

  return (
    <div className={styles.view}>
      <p className={styles.text}>{STRINGS.computeIntro[lang]}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={compute}>
          {STRINGS.compute[lang]}
        </Button>
      </div>
      <ActionStatus busy={action.busy} progress={action.progress} lang={lang} />
      {action.failure && (
        <FailureBar text={action.failure} lang={lang} onDismiss={action.dismiss} />
      )}
      {result && !result.computable && (
        <NoticeBar intent="info" lang={lang} text={STRINGS.noComputeColumns} />
      )}
      {result && result.computable && (
        <NoticeBar
          intent="success"
          lang={lang}
          text={sayBoth("filled", { sheet: result.sheet, count: result.writes.length })}
        />
      )}
      {result && result.computable && (
        <section className={styles.view} aria-labelledby="compute-figures">
          <h2 id="compute-figures" className={styles.heading}>
            {STRINGS.figuresTitle[lang]}
          </h2>
          <ul className={styles.list}>
            {[...result.figures.lines, result.figures.overall].map((source, i) => (
              <Figure
                key={i}
                source={source}
                lang={lang}
                onShow={(cell) => show(result.sheet, cell)}
              />
            ))}
          </ul>
        </section>
      )}
      {result && result.replaced.length > 0 && (
        <NoticeBar
          intent="info"
          lang={lang}
          text={replacedSentence(result.replaced) ?? undefined}
        />
      )}
      {result && result.kept.length > 0 && (
        <NoticeBar
          intent="warning"
          lang={lang}
          title={sayBoth("keptTitle", { count: result.kept.length })}
          items={result.kept.map((k) =>
            sayBoth("keptItem", {
              cell: k.cell,
              current: k.shown,
              computed: k.computedShown,
            }),
          )}
        />
      )}
    </div>
  );
}
