export const DAY = 24 * 60 * 60 * 1000;
/** A review (an entry's or a service's `reviewed`) is stale once it is this old. */
export const STALE_AFTER = 365 * DAY;

/**
 * The last moment at which the date checks (src/knowledge/validate.ts), given a day at or after `checkedAt`,
 * still find what they found at `checkedAt`: until then no review turns stale, and a date that was not in the
 * future stays so. Only the reviews not yet stale at `checkedAt` count (one already stale is already a warning
 * and stays one).
 */
export function checksHoldUntil(reviewed: string[], checkedAt: Date): number {
  let until = Infinity;
  for (const r of reviewed) {
    const staleAfter = new Date(`${r}T00:00:00Z`).getTime() + STALE_AFTER;
    if (staleAfter >= checkedAt.getTime() && staleAfter < until) until = staleAfter;
  }
  return until;
}
