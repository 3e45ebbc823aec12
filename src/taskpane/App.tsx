import { useState } from "react";
import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/text";
import { STRINGS, VIEW_IDS, VIEW_LABELS, comingSoon, otherLang, type ViewId } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between" },
  tabs: { flexWrap: "wrap" },
});

/** Reads `?view=` from a query string; anything unknown opens the first view. */
export function viewFromQuery(search: string): ViewId {
  const requested = new URLSearchParams(search).get("view");
  return VIEW_IDS.find((id) => id === requested) ?? VIEW_IDS[0];
}

export interface AppProps {
  initialView: ViewId;
  initialLang?: Lang;
}

export function App({ initialView, initialLang = "mn" }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  const [lang, setLang] = useState<Lang>(initialLang);

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
            aria-label={STRINGS.switchLanguageLabel[lang]}
            onClick={() => setLang(otherLang(lang))}
          >
            <span lang={otherLang(lang)}>{STRINGS.switchLanguage[lang]}</span>
          </Button>
        </header>
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={STRINGS.views[lang]}
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as ViewId)}
        >
          {VIEW_IDS.map((id) => (
            <Tab key={id} value={id}>
              {VIEW_LABELS[id][lang]}
            </Tab>
          ))}
        </TabList>
        <section role="tabpanel" aria-label={VIEW_LABELS[view][lang]}>
          <Text as="p" block>
            {comingSoon(view)[lang]}
          </Text>
        </section>
      </main>
    </FluentProvider>
  );
}
