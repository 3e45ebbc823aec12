import type { MemoryWorkbook } from "../workbook/memory/model";

/**
 * The preview's model of Excel's undo: before each step (a cell the person typed or cleared, a
 * row or column inserted or deleted, one run of the task pane) a structured clone of the whole
 * workbook is kept; undo puts the last one back and keeps the present for redo. Excel keeps 100
 * steps of its own changes; this keeps at most `steps`, and fewer for a large workbook, so that
 * the copies together hold at most `cells` cells (a 6,000-row report is about 70,000).
 */
export class UndoHistory {
  private undos: Snapshot[] = [];
  private redos: Snapshot[] = [];

  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly limits = { steps: 30, cells: 500_000 },
  ) {}

  /** Keep the workbook as it is now: the next change is one step. */
  record(): void {
    this.undos.push(snapshot(this.workbook));
    this.redos = [];
    this.trim();
  }

  undo(): boolean {
    return this.move(this.undos, this.redos);
  }

  redo(): boolean {
    return this.move(this.redos, this.undos);
  }

  /** Forget every step (another workbook was opened). */
  clear(): void {
    this.undos = [];
    this.redos = [];
  }

  private move(from: Snapshot[], to: Snapshot[]): boolean {
    const step = from.pop();
    if (!step) return false;
    to.push(snapshot(this.workbook));
    restore(this.workbook, step.workbook);
    this.trim();
    return true;
  }

  /** Drop the oldest steps over the limits; the latest undo step always stays. */
  private trim(): void {
    const total = () => [...this.undos, ...this.redos].reduce((n, s) => n + s.cells, 0);
    while (
      this.undos.length > 1 &&
      (this.undos.length > this.limits.steps || total() > this.limits.cells)
    ) {
      this.undos.shift();
    }
    while (this.redos.length > 0 && total() > this.limits.cells) this.redos.shift();
  }
}

interface Snapshot {
  workbook: MemoryWorkbook;
  cells: number;
}

function snapshot(wb: MemoryWorkbook): Snapshot {
  const copy: MemoryWorkbook = structuredClone({
    sheets: wb.sheets,
    activeSheetId: wb.activeSheetId,
    selection: wb.selection,
    settings: wb.settings,
  });
  const cells = copy.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0);
  return { workbook: copy, cells };
}

/** Put a kept workbook back in place: the fake and the page hold this object, not a copy. */
function restore(wb: MemoryWorkbook, kept: MemoryWorkbook): void {
  wb.sheets = kept.sheets;
  wb.activeSheetId = kept.activeSheetId;
  wb.selection = kept.selection;
  wb.settings = kept.settings;
}
