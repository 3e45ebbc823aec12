import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Bilingual, Lang } from "../../core/text";
import { STRINGS, say } from "../strings";
import type { ProgressState } from "../use-action";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** A failed action: what happened and what was or was not written, in the person's language. */
export function FailureBar(props: { text: Bilingual; lang: Lang; onDismiss: () => void }) {
  const styles = useStyles();
  const { text, lang, onDismiss } = props;
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{STRINGS.failed[lang]}</MessageBarTitle> {text[lang]}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={STRINGS.dismiss[lang]}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}

/** An outcome: a line of text, optionally a title and a list of details. */
export function NoticeBar(props: {
  intent: "success" | "info" | "warning";
  lang: Lang;
  text?: Bilingual;
  title?: Bilingual;
  items?: Bilingual[];
}) {
  const styles = useStyles();
  const { intent, lang, text, title, items } = props;
  // Fluent names the bar by its title; a bar without one must not point at a title not there.
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      {...(title ? {} : { "aria-labelledby": undefined })}
    >
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle>{title[lang]}</MessageBarTitle>} {text?.[lang]}
        {items && items.length > 0 && (
          <ul className={styles.list}>
            {items.map((item, i) => (
              <li key={i}>{item[lang]}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** How far a long action is, as a determinate bar with its label. */
export function Progress(props: { label: string; done: number; total: number }) {
  const { label, done, total } = props;
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={done} max={Math.max(total, 1)} thickness="large" aria-label={label} />
    </Field>
  );
}

/** While an action runs: how many rows of the sheet being written are in, or that it is working. */
export function ActionStatus(props: { busy: boolean; progress: ProgressState | null; lang: Lang }) {
  const { busy, progress, lang } = props;
  if (progress) {
    return (
      <Progress
        label={say("writingRows", lang, { ...progress })}
        done={progress.done}
        total={progress.total}
      />
    );
  }
  return busy ? <Spinner size="tiny" labelPosition="after" label={STRINGS.working[lang]} /> : null;
}
