import { normalizePlain } from "../cells/normalize";

/** What names an objective's declared number of activities: «Хэрэгжүүлэх арга хэмжээний тоо». */
const DECLARED_COUNT = "арга хэмжээний тоо";

/**
 * A cell's plain text (plainText) names the declared count. The reader takes such a row for the
 * objective's count; the structure check finds it on the first activity's row.
 */
export function namesDeclaredCount(plain: string): boolean {
  return normalizePlain(plain).includes(DECLARED_COUNT);
}
