import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { computeActiveSheet, type ComputeRun } from "../actions/compute";
import { ActionStatus, FailureBar, NoticeBar } from "../components/Messages";
import { useViewStyles } from "../components/layout";
import type { PaneProps } from "../pane";
import { STRINGS, sayBoth } from "../strings";
import { useAction } from "../use-action";

/** Тооцоолох: fill fulfilment % and ratings, never over what a person typed. */
export function ComputeView({ port, state, lang, onState }: PaneProps) {
  const styles = useViewStyles();
  const [result, setResult] = useState<ComputeRun | null>(null);
  const action = useAction();

  const compute = () =>
    action.run(async (journal) => {
      setResult(null);
      const run = await computeActiveSheet(port, state, journal);
      onState(run.state);
      setResult(run);
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
