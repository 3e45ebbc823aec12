import type { Lang } from "../core/text";
import type { WorkbookPort } from "../workbook/port";
import type { WorkbookState } from "../workbook/state";
import type { JournalListener } from "./use-action";

/** What every view receives from the App: the workbook, its stored state, the language. */
export interface PaneProps {
  port: WorkbookPort;
  state: WorkbookState;
  lang: Lang;
  /** Show a state the view has just saved in the workbook. */
  onState: (state: WorkbookState) => void;
  /** An action that changed the workbook: the pane offers to undo it. */
  onJournal?: JournalListener;
}
