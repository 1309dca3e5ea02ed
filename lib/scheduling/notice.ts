import { MINUTE_MS } from "./calendar";

/** The earliest instant a session may start: minimum notice after `now`, and no earlier than `earliestStart`. */
export function earliestAllowedStart(now: number, minNoticeMinutes: number, earliestStart?: number): number {
  const byNotice = now + minNoticeMinutes * MINUTE_MS;
  return earliestStart === undefined ? byNotice : Math.max(byNotice, earliestStart);
}
