import { formats, type HourCycle } from "@/lib/format";
import { availableActions, type ClinicPolicy } from "@/lib/appointments/rules";
import type { AppointmentListing, AppointmentStatus, AvailableActions } from "@/lib/appointments/types";
import { latestStatusLines, type MessageStatusFacts, type MessageStatusLine } from "@/lib/notifications/status-words";
import { closedSpans, intersectSpans, layoutLanes, timeAxis, type Span } from "./layout";
import { localDateOf, minuteOfDay, weekdayOf, type CalendarView } from "./range";

// From loaded rows to what the calendar grid draws: columns (days, or providers on one day), the hours axis,
// shaded closed time and appointment blocks in lanes. Pure: the clock is an argument.

export type WeeklySpan = { weekday: number; startMinute: number; endMinute: number };

export type CalendarInput = {
  view: CalendarView;
  /** The local dates shown (one, or Monday to Sunday). */
  days: string[];
  providerId: string | null;
  showCancelled: boolean;
  clinic: {
    id: string;
    timeZone: string;
    /** BCP 47; en-GB when absent. */
    locale?: string;
    hours: WeeklySpan[];
    /** Closures within the shown days, by local date. */
    closures: { date: string; reason: string | null }[];
    policy: ClinicPolicy;
  };
  /** Providers at the clinic, with their availability there. */
  providers: { id: string; name: string; title: string | null; availability: WeeklySpan[] }[];
  appointments: (AppointmentListing & {
    /** The phone is shown in the block's hover card, for the desk to call. */
    patient: { id: string; name: string; phone?: string | null };
    /** The appointment's messages (and its course's confirmation), newest first within each kind. */
    messages: MessageStatusFacts[];
  })[];
  now: Date;
  /** The reader's 12 h / 24 h choice; null follows the clinic's locale. */
  hourCycle?: HourCycle | null;
};

/** How the grid writes its times (serialisable, for the client board): see clock(). */
export type ClockFormat = { locale?: string; hourCycle?: HourCycle | null };

export type CalendarBlock = {
  id: string;
  patientId: string;
  patientName: string;
  patientPhone: string | null;
  serviceName: string;
  serviceColour: string;
  providerId: string;
  providerName: string;
  /** ISO instants */
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  purchaseId: string | null;
  packageName: string | null;
  /** Wall-clock minutes in the clinic's zone. */
  start: number;
  end: number;
  lane: number;
  lanes: number;
  /** "09:00–09:45" / "9:00 AM–9:45 AM" */
  timeLabel: string;
  /** "09:00" / "9:00 AM" */
  startLabel: string;
  /** The block's accessible name: "09:00 Jane Doe — Physiotherapy · Sarah Patel (Scheduled)". */
  label: string;
  actions: AvailableActions;
  /** The newest message of each kind, in words ("Reminder queued for …"). */
  messages: MessageStatusLine[];
};

export type CalendarColumn = {
  key: string;
  date: string;
  /** Set in the day view (a provider's column) and in a provider's week. */
  providerId: string | null;
  providerName: string | null;
  heading: string;
  subheading: string | null;
  /** The whole day is closed: a closure (with its reason) or no opening hours that weekday. */
  closure: { reason: string | null } | null;
  openSpans: Span[];
  closedSpans: Span[];
  blocks: CalendarBlock[];
};

export type CalendarModel = {
  axis: Span;
  columns: CalendarColumn[];
  today: string;
  nowMinute: number;
  /** Cancelled appointments left out of the grid (shown on request). */
  hiddenCancelled: number;
  /** The clinic's locale and the reader's hour cycle, for clock() on the client. */
  clock: ClockFormat;
};

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  SCHEDULED: "Scheduled",
  CHECKED_IN: "Checked in",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
  NO_SHOW: "No-show",
};

/**
 * A block's accessible name, "09:00 Jane Doe — Physiotherapy · Sarah Patel (Scheduled)": it begins with the text the
 * block shows, in the same order, so speech-input users can say what they see (WCAG 2.5.3).
 */
export function blockLabel(a: { startLabel: string; serviceName: string; patientName: string; providerName: string; status: AppointmentStatus; packageName: string | null }): string {
  return `${a.startLabel} ${a.patientName} — ${a.serviceName} · ${a.providerName} (${STATUS_LABELS[a.status]}${a.packageName ? `, package ${a.packageName}` : ""})`;
}

/** A wall-clock minute as the reader writes times: "09:00" or "9:00 AM" (lib/format.ts). */
export function clock(minute: number, format: ClockFormat = {}): string {
  return formats({ timeZone: "UTC", ...format }).minuteOfDay(minute);
}

export function buildCalendar(input: CalendarInput): CalendarModel {
  const { clinic, days, now } = input;
  const zone = clinic.timeZone;
  const today = localDateOf(now, zone);
  const closures = new Map(input.clinic.closures.map((c) => [c.date, c.reason]));
  const hoursOn = (weekday: number) => spansOn(clinic.hours, weekday);
  const availabilityOf = new Map(input.providers.map((p) => [p.id, p.availability]));
  const nameOf = new Map([...input.appointments.map((a) => [a.provider.id, a.provider.name] as const), ...input.providers.map((p) => [p.id, p.name] as const)]);

  const shown = input.appointments.filter((a) => input.showCancelled || a.status !== "CANCELLED");
  const hiddenCancelled = input.appointments.length - shown.length;
  // Most appointments of a page allow the same actions: one shared object per combination, which the page's payload
  // to the browser then carries once (React sends a repeated object as a reference), not once per appointment.
  const actionsOf = new Map<string, AvailableActions>();
  const shared = (actions: AvailableActions) => {
    const key = JSON.stringify(actions);
    const known = actionsOf.get(key);
    if (known) return known;
    actionsOf.set(key, actions);
    return actions;
  };
  const blocks = shown.map((a) => toBlock(a, input, shared));

  const dayOf = new Map(shown.map((a) => [a.id, localDateOf(a.startsAt, zone)]));
  const columns: Omit<CalendarColumn, "closedSpans">[] = [];
  const dayColumn = (date: string, providerId: string | null, heading: string, subheading: string | null) => {
    const weekday = weekdayOf(date);
    const closedAllDay = closures.has(date) || hoursOn(weekday).length === 0;
    const clinicOpen = closedAllDay ? [] : hoursOn(weekday);
    const open = providerId === null ? clinicOpen : intersectSpans(spansOn(availabilityOf.get(providerId) ?? [], weekday), clinicOpen);
    const own = blocks.filter((b) => dayOf.get(b.id) === date && (providerId === null || b.providerId === providerId));
    columns.push({
      key: `${date}|${providerId ?? "all"}`,
      date,
      providerId,
      providerName: providerId === null ? null : (nameOf.get(providerId) ?? null),
      heading,
      subheading,
      closure: closedAllDay ? { reason: closures.get(date) ?? null } : null,
      openSpans: open,
      blocks: withLanes(own),
    });
  };

  if (input.view === "week") {
    for (const date of days) dayColumn(date, input.providerId, dayHeading(date), null);
  } else {
    const date = days[0];
    const weekday = weekdayOf(date);
    const busy = new Map(blocks.filter((b) => dayOf.get(b.id) === date).map((b) => [b.providerId, b.providerName]));
    const people = new Map<string, { name: string; title: string | null }>();
    // The chosen provider always gets a column (shaded when off that day); otherwise whoever works or is booked.
    for (const p of input.providers) {
      if (p.id === input.providerId || spansOn(p.availability, weekday).length > 0 || busy.has(p.id)) people.set(p.id, { name: p.name, title: p.title });
    }
    for (const [id, name] of busy) if (!people.has(id)) people.set(id, { name, title: null });
    const chosen = [...people]
      .filter(([id]) => input.providerId === null || id === input.providerId)
      .sort((a, b) => a[1].name.localeCompare(b[1].name));
    for (const [id, p] of chosen) dayColumn(date, id, p.name, p.title);
  }

  const open = days.flatMap((d) => (closures.has(d) ? [] : hoursOn(weekdayOf(d))));
  const axis = timeAxis(open, columns.flatMap((c) => c.blocks));
  return {
    axis,
    columns: columns.map((c) => ({ ...c, closedSpans: closedSpans(c.openSpans, axis) })),
    today,
    nowMinute: minuteOfDay(now, zone),
    hiddenCancelled,
    clock: clockFormat(input),
  };
}

function toBlock(a: CalendarInput["appointments"][number], input: CalendarInput, shared: (actions: AvailableActions) => AvailableActions): CalendarBlock {
  const zone = input.clinic.timeZone;
  const start = minuteOfDay(a.startsAt, zone);
  // An appointment that runs past midnight is drawn to the end of its day.
  const sameDay = localDateOf(a.endsAt, zone) === localDateOf(a.startsAt, zone);
  const end = sameDay ? minuteOfDay(a.endsAt, zone) : 1440;
  const base = {
    id: a.id,
    patientId: a.patient.id,
    patientName: a.patient.name,
    patientPhone: a.patient.phone ?? null,
    serviceName: a.service.name,
    serviceColour: a.service.colour,
    providerId: a.provider.id,
    providerName: a.provider.name,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: a.status,
    purchaseId: a.purchaseId,
    packageName: a.packageName,
    start,
    end: Math.max(end, start + 1),
    lane: 0,
    lanes: 1,
    timeLabel: `${clock(start, clockFormat(input))}–${clock(sameDay ? end : 0, clockFormat(input))}`,
    startLabel: clock(start, clockFormat(input)),
  };
  const actions = availableActions(
    { status: a.status, startsAt: a.startsAt, endsAt: a.endsAt, timeZone: zone, hasPurchase: a.purchaseId !== null, policy: input.clinic.policy },
    input.now,
  );
  return { ...base, label: blockLabel(base), actions: shared(actions), messages: latestStatusLines(a.messages, zone) };
}

const clockFormat = (input: CalendarInput): ClockFormat => ({ locale: input.clinic.locale, hourCycle: input.hourCycle });

function withLanes(blocks: CalendarBlock[]): CalendarBlock[] {
  const lanes = layoutLanes(blocks);
  return blocks.map((b) => ({ ...b, ...lanes.get(b.id)! })).sort((a, b) => a.start - b.start || a.lane - b.lane);
}

function spansOn(weekly: WeeklySpan[], weekday: number): Span[] {
  return weekly.filter((w) => w.weekday === weekday).map((w) => ({ start: w.startMinute, end: w.endMinute }));
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });
const longDayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** "Mon 30 Nov" for a local date. */
export function dayHeading(date: string): string {
  return dayFormat.format(new Date(`${date}T12:00:00Z`));
}

/** "Monday, 30 November 2026" for a local date. */
export function longDay(date: string): string {
  return longDayFormat.format(new Date(`${date}T12:00:00Z`));
}

const dayMonth = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long" });
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** "Monday, 30 November 2026", or "23 – 29 March 2026" / "30 November – 6 December 2026". */
export function rangeTitle(days: string[]): string {
  const at = (d: string) => new Date(`${d}T12:00:00Z`);
  if (days.length === 1) return longDayFormat.format(at(days[0]));
  const [a, b] = [days[0], days[days.length - 1]];
  if (a.slice(0, 7) === b.slice(0, 7)) return `${Number(a.slice(8))} – ${dayMonthYear.format(at(b))}`;
  if (a.slice(0, 4) === b.slice(0, 4)) return `${dayMonth.format(at(a))} – ${dayMonthYear.format(at(b))}`;
  return `${dayMonthYear.format(at(a))} – ${dayMonthYear.format(at(b))}`;
}
