import { useEffect, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { BUILT_IN_SCHEMES } from "../../core/ratings/scheme";
import type { Bilingual, Lang } from "../../core/text";
import {
  checkDraft,
  chooseScheme,
  draftOf,
  TEMPLATE_SCHEME,
  type BandDraft,
  type SettingsDraft,
} from "../actions/settings";
import { ActionStatus, FailureBar, NoticeBar } from "../components/Messages";
import { useViewStyles } from "../components/layout";
import type { PaneProps } from "../pane";
import { LANGUAGE_NAMES, STRINGS, say } from "../strings";
import { useAction } from "../use-action";

const useStyles = makeStyles({
  band: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
  },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

/** Тохиргоо: rating scheme, rounding, cap, method, weights, language; stored in the workbook. */
export function SettingsView({ port, state, lang, onState }: PaneProps) {
  const styles = useViewStyles();
  const own = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(state.settings));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const current = state.settings.language;

  // The header's language button saves the language directly; follow it.
  useEffect(() => setDraft((d) => ({ ...d, language: current })), [current]);

  const checked = checkDraft(draft, state.settings);
  const edit = (next: SettingsDraft) => {
    setSaved(false);
    setDraft(next);
  };
  const setBand = (i: number, band: BandDraft) =>
    edit({ ...draft, bands: draft.bands.map((b, j) => (j === i ? band : b)) });

  const save = () =>
    action.run(async () => {
      const settings = checked.settings;
      if (!settings) return;
      const next = { ...state, settings };
      await port.saveState(next);
      onState(next);
      setSaved(true);
    });

  return (
    <div className={styles.view}>
      <Field label={STRINGS.scheme[lang]}>
        <RadioGroup value={draft.scheme} onChange={(_, d) => edit(chooseScheme(draft, d.value))}>
          <Radio value={TEMPLATE_SCHEME} label={STRINGS.schemeDefault[lang]} />
          {BUILT_IN_SCHEMES.map((s) => (
            <Radio key={s.id} value={s.id} label={s.name[lang]} />
          ))}
          <Radio value="custom" label={STRINGS.schemeCustom[lang]} />
        </RadioGroup>
      </Field>
      {draft.scheme === "custom" && (
        <fieldset className={own.fieldset}>
          <legend className={styles.heading}>{STRINGS.bands[lang]}</legend>
          <BandHeader lang={lang} />
          {draft.bands.map((b, i) => (
            <BandRow
              key={i}
              n={i + 1}
              band={b}
              lang={lang}
              onChange={(band) => setBand(i, band)}
              onRemove={() => edit({ ...draft, bands: draft.bands.filter((_, j) => j !== i) })}
            />
          ))}
          <div className={styles.buttons}>
            <Button
              icon={<AddRegular />}
              onClick={() =>
                edit({ ...draft, bands: [...draft.bands, { label: "", min: "", max: "" }] })
              }
            >
              {STRINGS.addBand[lang]}
            </Button>
          </div>
          {checked.schemeProblems.length > 0 ? (
            <NoticeBar
              intent="warning"
              lang={lang}
              title={STRINGS.schemeProblems}
              items={checked.schemeProblems.map((p) => p.message)}
            />
          ) : (
            checked.errors.length === 0 && (
              <NoticeBar intent="success" lang={lang} text={STRINGS.schemeSound} />
            )
          )}
        </fieldset>
      )}
      <Field label={STRINGS.rounding[lang]}>
        <RadioGroup
          value={draft.rounding}
          onChange={(_, d) =>
            edit({ ...draft, rounding: d.value === "truncate" ? "truncate" : "round" })
          }
        >
          <Radio value="round" label={STRINGS.roundHalfUp[lang]} />
          <Radio value="truncate" label={STRINGS.truncate[lang]} />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={draft.cap}
        label={STRINGS.cap[lang]}
        onChange={(_, d) => edit({ ...draft, cap: d.checked === true })}
      />
      <Field label={STRINGS.method[lang]}>
        <RadioGroup
          value={draft.method}
          onChange={(_, d) =>
            edit({ ...draft, method: d.value === "progress" ? "progress" : "ratio" })
          }
        >
          <Radio value="ratio" label={STRINGS.methodRatio[lang]} />
          <Radio value="progress" label={STRINGS.methodProgress[lang]} />
        </RadioGroup>
      </Field>
      <fieldset className={own.fieldset}>
        <legend className={styles.heading}>{STRINGS.weights[lang]}</legend>
        {(["partOne", "partTwo", "maxPoints"] as const).map((key) => (
          <Field
            key={key}
            label={
              STRINGS[
                key === "partOne" ? "weightOne" : key === "partTwo" ? "weightTwo" : "maxPoints"
              ][lang]
            }
          >
            <Input
              value={draft[key]}
              inputMode="decimal"
              onChange={(_, d) => edit({ ...draft, [key]: d.value })}
            />
          </Field>
        ))}
      </fieldset>
      <Field label={STRINGS.language[lang]}>
        <LanguageChoice
          value={draft.language}
          onChange={(language) => edit({ ...draft, language })}
        />
      </Field>
      <Field label={STRINGS.documentLanguage[lang]} hint={STRINGS.documentLanguageHint[lang]}>
        <LanguageChoice
          value={draft.documentLanguage}
          onChange={(documentLanguage) => edit({ ...draft, documentLanguage })}
        />
      </Field>
      {checked.errors.length > 0 && (
        <NoticeBar intent="warning" lang={lang} title={STRINGS.notSaved} items={checked.errors} />
      )}
      {checked.warnings.length > 0 && (
        <NoticeBar intent="warning" lang={lang} items={checked.warnings} />
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={action.busy || checked.errors.length > 0}
          onClick={save}
        >
          {STRINGS.save[lang]}
        </Button>
      </div>
      <ActionStatus busy={action.busy} progress={action.progress} lang={lang} />
      {action.failure && (
        <FailureBar text={action.failure} lang={lang} onDismiss={action.dismiss} />
      )}
      {saved && <NoticeBar intent="success" lang={lang} text={STRINGS.saved} />}
    </div>
  );
}

/** Mongolian or English, each named in itself. */
function LanguageChoice(props: { value: Lang; onChange: (lang: Lang) => void }) {
  return (
    <RadioGroup
      value={props.value}
      onChange={(_, d) => props.onChange(d.value === "en" ? "en" : "mn")}
    >
      {(["mn", "en"] as const).map((l) => (
        <Radio key={l} value={l} label={<span lang={l}>{LANGUAGE_NAMES[l]}</span>} />
      ))}
    </RadioGroup>
  );
}

function BandHeader({ lang }: { lang: Lang }) {
  const own = useStyles();
  return (
    <div className={own.band} aria-hidden="true">
      <span>{STRINGS.bandLabel[lang]}</span>
      <span>{STRINGS.bandMin[lang]}</span>
      <span>{STRINGS.bandMax[lang]}</span>
    </div>
  );
}

/** One band: its inputs are named "Band 2: From" etc., as the visible column heads say. */
function BandRow(props: {
  n: number;
  band: BandDraft;
  lang: Lang;
  onChange: (band: BandDraft) => void;
  onRemove: () => void;
}) {
  const own = useStyles();
  const { n, band, lang, onChange } = props;
  const name = (label: Bilingual) => `${say("bandNumber", lang, { n })}: ${label[lang]}`;
  return (
    <div className={own.band}>
      <Input
        aria-label={name(STRINGS.bandLabel)}
        value={band.label}
        onChange={(_, d) => onChange({ ...band, label: d.value })}
      />
      <Input
        aria-label={name(STRINGS.bandMin)}
        value={band.min}
        inputMode="decimal"
        onChange={(_, d) => onChange({ ...band, min: d.value })}
      />
      <Input
        aria-label={name(STRINGS.bandMax)}
        value={band.max}
        inputMode="decimal"
        onChange={(_, d) => onChange({ ...band, max: d.value })}
      />
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={say("removeBand", lang, { n })}
        onClick={props.onRemove}
      />
    </div>
  );
}
