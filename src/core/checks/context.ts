import type { Evaluation } from "../evaluate";
import type { Finding } from "../finding";
import type { Grid } from "../grid";
import type { Plan } from "../plan/model";
import type { Settings } from "../settings";
import type { SummaryTable } from "./rating-summary-read";

/** Everything a check may look at: the sheet's grid, the plan read from it, its evaluation. */
export interface CheckContext {
  grid: Grid;
  plan: Plan;
  evaluation: Evaluation;
  settings: Settings;
  /** The sheet's evaluation summary (товчоо), when it was read already (null: it has none). */
  summaryTable?: SummaryTable | null;
}

/** A group of checks of the catalogue: reads the context, returns findings, never throws. */
export type Check = (ctx: CheckContext) => Finding[];
