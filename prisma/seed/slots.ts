// Finding free, valid slots for seeded appointments. Every slot honours: clinic opening hours and closures,
// the provider's availability at that clinic (local time, via the clinic's zone), provider time off, provider
// qualification, the clinic offering the service, and the in-memory occupancy of provider and patient (using
// block_ends_at, i.e. including the service buffer), so the database's exclusion constraints never fire.
import type { Faker } from "@faker-js/faker";
import type { Interval, SeedClinic, SeedProvider, SeedService } from "./catalogue";
import type { TimeWindow } from "./patients";
import { MS_PER_MINUTE, isoWeekday, localToUtc, minuteOf } from "./time";

const SLOT_STEP_MIN = 15;

interface Busy {
  start: number;
  end: number;
}

export class Occupancy {
  private readonly byProvider = new Map<string, Busy[]>();
  private readonly byPatient = new Map<string, Busy[]>();
  private readonly patientDays = new Set<string>();

  isFree(providerId: string, patientId: string, start: number, end: number): boolean {
    const clash = (list: Busy[] | undefined) => (list ?? []).some((b) => start < b.end && b.start < end);
    return !clash(this.byProvider.get(providerId)) && !clash(this.byPatient.get(patientId));
  }

  patientHasDay(patientId: string, day: number): boolean {
    return this.patientDays.has(`${patientId}:${day}`);
  }

  add(providerId: string, patientId: string, day: number, start: number, end: number): void {
    const push = (map: Map<string, Busy[]>, key: string) => {
      const list = map.get(key) ?? [];
      list.push({ start, end });
      map.set(key, list);
    };
    push(this.byProvider, providerId);
    push(this.byPatient, patientId);
    this.patientDays.add(`${patientId}:${day}`);
  }
}

export interface Slot {
  provider: SeedProvider;
  day: number;
  startMinute: number;
  startsAt: Date;
  endsAt: Date;
  blockEndsAt: Date;
}

export interface SlotQuery {
  clinic: SeedClinic;
  service: SeedService;
  /** In order of preference; the first one with a slot on a day wins that day. */
  providers: SeedProvider[];
  patientId: string;
  fromDay: number;
  /** Inclusive. */
  toDay: number;
  /** "past": the whole block ends by `now`; "future": it starts at or after `now`. */
  phase: "past" | "future";
  now: number;
  /** Appointments must end by then (purchase expiry). */
  endBy?: number;
  /** Extra day filter (package cadence, preferred weekdays). */
  dayOk?: (day: number) => boolean;
  preferredWindows?: TimeWindow[];
}

export class SlotFinder {
  private readonly midnight = new Map<string, number>();

  constructor(
    private readonly occupancy: Occupancy,
    private readonly rng: Faker,
  ) {}

  /** UTC ms of a local wall time. Offsets are taken at local noon: DST switches happen at night, outside hours. */
  utcOf(timeZone: string, day: number, minute: number): number {
    const key = `${timeZone}|${day}`;
    let base = this.midnight.get(key);
    if (base === undefined) {
      base = localToUtc(day, 12 * 60, timeZone).getTime() - 12 * 60 * MS_PER_MINUTE;
      this.midnight.set(key, base);
    }
    return base + minute * MS_PER_MINUTE;
  }

  find(q: SlotQuery): Slot | null {
    const { clinic, service } = q;
    if (!clinic.services.has(service.key) || !service.active) return null;
    const providers = q.providers.filter((p) => p.active && p.services.has(service.key));
    const block = service.durationMin + service.bufferAfterMin;
    for (let day = q.fromDay; day <= q.toDay; day += 1) {
      if (clinic.closures.has(day)) continue;
      if (q.dayOk && !q.dayOk(day)) continue;
      if (this.occupancy.patientHasDay(q.patientId, day)) continue;
      const weekday = isoWeekday(day);
      for (const provider of providers) {
        const windows: Interval[] = provider.availability.get(clinic.key)?.get(weekday) ?? [];
        const candidates: { minute: number; start: number }[] = [];
        for (const [from, to] of windows) {
          for (let m = from; m + block <= to; m += SLOT_STEP_MIN) {
            const start = this.utcOf(clinic.timeZone, day, m);
            const end = start + service.durationMin * MS_PER_MINUTE;
            const blockEnd = start + block * MS_PER_MINUTE;
            if (q.phase === "past" ? blockEnd > q.now : start < q.now) continue;
            if (q.endBy !== undefined && end > q.endBy) continue;
            if (provider.timeOff.some((o) => start < o.endsAt.getTime() && o.startsAt.getTime() < blockEnd)) continue;
            if (!this.occupancy.isFree(provider.id, q.patientId, start, blockEnd)) continue;
            candidates.push({ minute: m, start });
          }
        }
        if (candidates.length === 0) continue;
        const preferred = (q.preferredWindows ?? []).length
          ? candidates.filter((c) =>
              q.preferredWindows!.some((w) => c.minute >= minuteOf(w.start) && c.minute + service.durationMin <= minuteOf(w.end)),
            )
          : [];
        const chosen = this.rng.helpers.arrayElement(preferred.length > 0 ? preferred : candidates);
        return {
          provider,
          day,
          startMinute: chosen.minute,
          startsAt: new Date(chosen.start),
          endsAt: new Date(chosen.start + service.durationMin * MS_PER_MINUTE),
          blockEndsAt: new Date(chosen.start + block * MS_PER_MINUTE),
        };
      }
    }
    return null;
  }

  book(slot: Slot, patientId: string): void {
    this.occupancy.add(slot.provider.id, patientId, slot.day, slot.startsAt.getTime(), slot.blockEndsAt.getTime());
  }
}
