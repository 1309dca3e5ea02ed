import { minutesToTime, WEEKDAY_NAMES } from "@/lib/validations/common";

// Pure: used by the provider page, the provider form (live) and the save result. A provider may be available
// outside the clinic's opening hours (the planner will not use that time), but the admin should see it.

type Minutes = { weekday: number; start: number; end: number };

export type OutsideHours = {
  clinicId: string;
  clinicName: string;
  /** e.g. "Monday 07:00–09:00" */
  interval: string;
  /** e.g. "open 09:00–17:00" or "closed" */
  clinicHours: string;
};

/** A clinic's opening hours per weekday (1–7), each day sorted by start: built once per clinic, not per interval. */
function hoursByDay(hours: readonly Minutes[]): Minutes[][] {
  const days: Minutes[][] = Array.from({ length: 8 }, () => []);
  for (const h of hours) days[h.weekday]?.push(h);
  for (const day of days) day.sort((a, b) => a.start - b.start);
  return days;
}

/** True when [start, end) is not covered by the union of `open`. */
function sticksOut(start: number, end: number, open: readonly Minutes[]): boolean {
  let covered = start;
  for (const o of open) {
    if (o.start > covered) break;
    if (o.end > covered) covered = o.end;
    if (covered >= end) return false;
  }
  return covered < end;
}

export function availabilityOutsideHours(
  availability: readonly { clinicId: string; intervals: readonly Minutes[] }[],
  clinics: readonly { id: string; name: string; hours: readonly Minutes[] }[],
): OutsideHours[] {
  const out: OutsideHours[] = [];
  const byId = new Map(clinics.map((c) => [c.id, c]));
  for (const a of availability) {
    const clinic = byId.get(a.clinicId);
    if (!clinic) continue;
    const days = hoursByDay(clinic.hours);
    const sorted = [...a.intervals].sort((x, y) => x.weekday - y.weekday || x.start - y.start);
    for (const i of sorted) {
      const open = days[i.weekday] ?? [];
      if (!sticksOut(i.start, i.end, open)) continue;
      out.push({
        clinicId: clinic.id,
        clinicName: clinic.name,
        interval: `${WEEKDAY_NAMES[i.weekday - 1]} ${minutesToTime(i.start)}–${minutesToTime(i.end)}`,
        clinicHours: open.length ? `open ${open.map((o) => `${minutesToTime(o.start)}–${minutesToTime(o.end)}`).join(", ")}` : "closed",
      });
    }
  }
  return out;
}
