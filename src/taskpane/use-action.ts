import { useCallback, useRef, useState } from "react";
import type { Bilingual } from "../core/text";
import { Journal, failureMessage } from "./failure";

/** Rows (or files) done of a long action, with what is being worked on. */
export interface ProgressState {
  sheet: string;
  done: number;
  total: number;
}

/** Hands the pane an action's journal when it changed the workbook, to offer its undo. */
export type JournalListener = (journal: Journal, what: Bilingual) => void;

/**
 * Runs one action at a time for a view: busy while it runs, the failure message when it fails
 * (with what the journal says was written), and the progress of the write under way. An action
 * named by `what` that changed the workbook, done or failed part way, is handed to `onJournal`.
 */
export function useAction(onJournal?: JournalListener) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Bilingual | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (work: (journal: Journal) => Promise<void>, what?: Bilingual): Promise<void> => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setFailure(null);
      const journal = new Journal();
      try {
        await work(journal);
      } catch (error) {
        setFailure(failureMessage(error, journal));
      } finally {
        running.current = false;
        setBusy(false);
        setProgress(null);
        if (what && journal.undoable) onJournal?.(journal, what);
      }
    },
    [onJournal],
  );

  const onProgress = useCallback(
    (sheet: string, done: number, total: number) => setProgress({ sheet, done, total }),
    [],
  );

  return { busy, failure, progress, run, onProgress, dismiss: () => setFailure(null) };
}
