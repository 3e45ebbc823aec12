import { Suspense, lazy, useEffect, useState, type ComponentType } from "react";
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
import { FailureBar, NoticeBar } from "./components/Messages";
import { Journal, failureMessage } from "./failure";
import type { PaneProps } from "./pane";
import { LANGUAGE_NAMES, STRINGS, VIEW_IDS, VIEW_LABELS, otherLang, type ViewId } from "./strings";

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
});

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
                  <View port={port} state={state} lang={lang} onState={setState} />
                </Suspense>
              </section>
            );
          })}
      </main>
    </FluentProvider>
  );
}
