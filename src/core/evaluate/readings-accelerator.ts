import { cellKey, cellText } from "../grid";
import { EMPTY_LEVEL, parseLevel, type LevelReading } from "../levels";
import type { CellRef } from "../plan/model";
import type { Evaluation, StatedFulfilment } from "./types";

/*
 * An accelerator of evaluatePlan: after Compute fills some cells, the sheet is evaluated again,
 * and every cell it did not change reads as before. Reusing those readings halves the second
 * evaluation of a 600-row report (1.6 ms against 3.4–5.9 ms afresh, medians); its equivalence
 * test is test/core/evaluate-readings-accelerator.test.ts.
 */

/** A reading kept with the cell it was read from. */
interface Kept<T> {
  cell: CellRef;
  reading: T;
}

const sameCell = (a: CellRef, b: CellRef): boolean =>
  a.value === b.value &&
  (a.numberFormat ?? null) === (b.numberFormat ?? null) &&
  a.ratio === b.ratio;

/** Values by cell, keyed by cellKey: no key text to build for every look-up. */
class ByCell<T> {
  private readonly byKey = new Map<number | string, T>();

  get(cell: CellRef): T | undefined {
    return this.byKey.get(cellKey(cell));
  }

  set(cell: CellRef, value: T): void {
    this.byKey.set(cellKey(cell), value);
  }
}

/**
 * The readings of an earlier evaluation of the same sheet, by cell. A level reading depends only
 * on the cell's value, its number format and the criterion's text, a stated fulfilment on the
 * value, the format and whether its column holds fractions: a cell where these are unchanged
 * (after compute filled other cells) reads the same without parsing it again.
 */
export class EarlierReadings {
  /** Level readings, with the criterion text they were read under. */
  private readonly levels = new ByCell<Kept<LevelReading> & { criterion: string }>();
  private readonly stated = new ByCell<Kept<StatedFulfilment>>();

  /** `readStated` is the rule a fulfilment cell is read by when it has no earlier reading. */
  constructor(
    earlier: Evaluation | undefined,
    private readonly readStatedByRule: (cell: CellRef | undefined) => StatedFulfilment,
  ) {
    for (const c of earlier?.criteria ?? []) {
      const criterion = cellText(c.criterion.text.value);
      const levels: [CellRef | undefined, LevelReading | null][] = [
        [c.criterion.baseline, c.baseline],
        [c.criterion.target, c.target],
        [c.criterion.targetH1, c.targetH1],
        [c.criterion.yearTarget, c.yearTarget],
        // An achieved cell read apart from its percentage is read again (a rare table); one read
        // apart without one ("12/12": the level done) is kept, and reads as itself again.
        [c.statedWithin ? undefined : c.criterion.achieved, c.achieved],
      ];
      for (const [cell, reading] of levels) {
        if (cell && reading) this.levels.set(cell, { cell, criterion, reading });
      }
      const cell = c.criterion.fulfilment;
      if (cell) this.stated.set(cell, { cell, reading: c.stated });
    }
  }

  /**
   * A level cell's reading; a level the row does not have reads as empty. `context` names the
   * criterion and nothing else: a text reads without a number format, a number is given its own.
   */
  readLevel(cell: CellRef | undefined, context: { criterion: string }): LevelReading {
    if (!cell) return EMPTY_LEVEL;
    const { criterion } = context;
    const was = this.levels.get(cell);
    if (was && was.criterion === criterion && sameCell(was.cell, cell)) return was.reading;
    if (typeof cell.value === "string") return parseLevel(cell.value, context);
    return parseLevel(cell.value, { criterion, numberFormat: cell.numberFormat });
  }

  readStated(cell: CellRef | undefined): StatedFulfilment {
    const was = cell && this.stated.get(cell);
    return was && sameCell(was.cell, cell) ? was.reading : this.readStatedByRule(cell);
  }
}
