import { Suspense, lazy, useCallback, useEffect, useState, type ComponentType } from "react";
import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Bilingual, Lang } from "../core/text";
import type { WorkbookPort } from "../workbook/port";
import { defaultState, type WorkbookState } from "../workbook/state";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { undoAction } from "./actions/undo";
import { FailureBar, NoticeBar } from "./components/Messages";
import { Journal, failureMessage } from "./failure";
import type { PaneProps } from "./pane";
import {
  LANGUAGE_NAMES,
  STRINGS,
  VIEW_IDS,
  VIEW_LABELS,
  otherLang,
  say,
  sayBoth,
  type ViewId,
} from "./strings";
import { useAction } from "./use-action";

type ViewModule = { default: ComponentType<PaneProps> };

// Each view is its own chunk, loaded when first opened, so the pane starts with little script.
const LOADERS: Record<ViewId, () => Promise<ViewModule>> = {
  template: () => import("./views/TemplateView").then((m) => ({ default: m.TemplateView })),
  check: () => import("./views/CheckView").then((m) => ({ default: m.CheckView })),
  compute: () => import("./views/ComputeView").then((m) => ({ default: m.ComputeView })),
  summary: () => import("./views/SummaryView").then((m) => ({ default: m.SummaryView })),
  settings: () => import("./views/SettingsView").then((m) => ({ default: m.SettingsView })),
};

const loading = new Map<ViewId, Promise<ViewModule>>();
/** Views whose chunk has arrived: rendered directly, without suspending. */
const ready = new Map<ViewId, ComponentType<PaneProps>>();
const load = (id: ViewId): Promise<ViewModule> => {
  const started =
    loading.get(id) ??
    LOADERS[id]().then((m) => {
      ready.set(id, m.default);
      return m;
    });
  loading.set(id, started);
  return started;
};

/**
 * Fetch a view's chunk now (the first view, while Office starts up). Rendering a view whose
 * chunk has arrived does not suspend, so React's ~300 ms delay before revealing suspended
 * content does not apply to the first view. Never rejects: a failed fetch is retried by
 * the lazy view, which shows its own error.
 */
export function preloadView(id: ViewId): Promise<void> {
  return load(id).then(
    () => undefined,
    () => {
      loading.delete(id);
    },
  );
}

const VIEWS: Record<ViewId, ComponentType<PaneProps>> = {
  template: lazy(() => load("template")),
  check: lazy(() => load("check")),
  compute: lazy(() => load("compute")),
  summary: lazy(() => load("summary")),
  settings: lazy(() => load("settings")),
};

const chosen = new Map<ViewId, ComponentType<PaneProps>>();
/** A view's component, fixed at its first render so React never remounts it (and loses input). */
function viewComponent(id: ViewId): ComponentType<PaneProps> {
  const component = chosen.get(id) ?? ready.get(id) ?? VIEWS[id];
  chosen.set(id, component);
  return component;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tabs: { flexWrap: "wrap" },
  undo: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

/** Delete the sheets an action kept aside for its undo, once it can no longer be undone. */
async function dropKept(port: WorkbookPort, journal: Journal): Promise<void> {
  for (const step of journal.steps) {
    if (step.kind === "sheet-replaced") await port.deleteSheet(step.kept).catch(() => undefined);
  }
}

/** Reads `?view=` from a query string; anything unknown opens the first view. */
export function viewFromQuery(search: string): ViewId {
  const requested = new URLSearchParams(search).get("view");
  return VIEW_IDS.find((id) => id === requested) ?? VIEW_IDS[0];
}

export interface AppProps {
  /** The workbook: Excel through Office.js in the add-in, the in-memory fake in tests. */
  port: WorkbookPort;
  initialView?: ViewId;
}

/**
 * The task pane: loads the add-in's state from the workbook, then shows the views as tabs.
 * Components below talk only to the WorkbookPort they are given, never to Office.
 */
export function App({ port, initialView = VIEW_IDS[0] }: AppProps) {
  const styles = useStyles();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [view, setView] = useState<ViewId>(initialView);
  const [opened, setOpened] = useState<ViewId[]>([initialView]);
  const [stateMessage, setStateMessage] = useState<Bilingual | null>(null);
  const [failure, setFailure] = useState<Bilingual | null>(null);

  useEffect(() => {
    let live = true;
    port.loadState().then(
      (loaded) => {
        if (!live) return;
        setState(loaded.state);
        setStateMessage(loaded.message ?? null);
        // Sheets an earlier session kept for an undo it can no longer offer.
        port.discardKept().catch(() => undefined);
      },
      (error: unknown) => {
        if (!live) return;
        setState(defaultState());
        setStateMessage(STRINGS.stateUnread);
        setFailure(failureMessage(error, new Journal()));
      },
    );
    return () => {
      live = false;
    };
  }, [port]);

  const lang: Lang = state?.settings.language ?? "mn";
  const [last, setLast] = useState<{ journal: Journal; what: Bilingual } | null>(null);
  const [undone, setUndone] = useState<Bilingual[] | null>(null);
  const undoing = useAction();

  // The last action that changed the workbook can be undone; the one before it no longer: the
  // sheets it kept aside for that give way.
  const onJournal = useCallback(
    (journal: Journal, what: Bilingual) => {
      setUndone(null);
      setLast((previous) => {
        if (previous) void dropKept(port, previous.journal);
        return { journal, what };
      });
    },
    [port],
  );

  const undo = () => {
    if (!last) return;
    void undoing.run(async () => {
      const run = await undoAction(port, last.journal);
      setLast(null);
      if (run.state) setState(run.state);
      const notes = [sayBoth("undone", { what: last.what })];
      if (run.kept > 0) notes.push(sayBoth("undoKept", { count: run.kept }));
      setUndone(notes);
    });
  };

  const open = (id: ViewId) => {
    setView(id);
    setOpened((list) => (list.includes(id) ? list : [...list, id]));
  };

  const switchLanguage = () => {
    if (!state) return;
    const next = { ...state, settings: { ...state.settings, language: otherLang(lang) } };
    setState(next);
    port
      .saveState(next)
      .catch((error: unknown) => setFailure(failureMessage(error, new Journal())));
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div>
            <Title2 as="h1">{STRINGS.title[lang]}</Title2>
            <Text as="p" block>
              {STRINGS.subtitle[lang]}
            </Text>
          </div>
          <Button
            appearance="subtle"
            title={STRINGS.switchLanguage[lang]}
            disabledFocusable={!state}
            onClick={switchLanguage}
          >
            <span lang={otherLang(lang)}>{LANGUAGE_NAMES[otherLang(lang)]}</span>
          </Button>
        </header>
        {failure && <FailureBar text={failure} lang={lang} onDismiss={() => setFailure(null)} />}
        {last && (
          <div className={styles.undo} role="group" aria-label={STRINGS.undo[lang]}>
            <Text size={200}>{say("lastAction", lang, { what: last.what })}</Text>
            <Button
              size="small"
              icon={<ArrowUndoRegular />}
              title={STRINGS.undoHint[lang]}
              disabledFocusable={undoing.busy}
              onClick={undo}
            >
              {STRINGS.undo[lang]}
            </Button>
          </div>
        )}
        {undoing.failure && (
          <FailureBar text={undoing.failure} lang={lang} onDismiss={undoing.dismiss} />
        )}
        {undone && <NoticeBar intent="success" lang={lang} items={undone} />}
        {stateMessage && <NoticeBar intent="warning" lang={lang} text={stateMessage} />}
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={STRINGS.views[lang]}
          selectedValue={view}
          onTabSelect={(_, data) => open(data.value as ViewId)}
        >
          {VIEW_IDS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {VIEW_LABELS[id][lang]}
            </Tab>
          ))}
        </TabList>
        {!state && <Spinner size="small" label={STRINGS.loading[lang]} />}
        {state &&
          // A view opened once stays mounted (hidden), so its results and any long action survive.
          opened.map((id) => {
            const View = viewComponent(id);
            return (
              <section
                key={id}
                id={`panel-${id}`}
                role="tabpanel"
                aria-labelledby={`tab-${id}`}
                hidden={id !== view}
              >
                <Suspense fallback={<Spinner size="small" label={STRINGS.loadingView[lang]} />}>
                  <View
                    port={port}
                    state={state}
                    lang={lang}
                    onState={setState}
                    onJournal={onJournal}
                  />
                </Suspense>
              </section>
            );
          })}
      </main>
    </FluentProvider>
  );
}
