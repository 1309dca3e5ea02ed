import type { CalendarView } from "./range";

export type CalendarParams = {
  clinic: string;
  view: CalendarView;
  date: string;
  provider: string | null;
  cancelled: boolean;
};

/** A calendar URL: every choice lives in the query string, so links work without JavaScript and can be shared. */
export function calendarHref(params: CalendarParams, change: Partial<CalendarParams> = {}): string {
  const p = { ...params, ...change };
  const query = new URLSearchParams({ clinic: p.clinic, view: p.view, date: p.date });
  if (p.provider) query.set("provider", p.provider);
  if (p.cancelled) query.set("cancelled", "1");
  return `/calendar?${query.toString()}`;
}
