import { weekStart } from "./calendar";
import { clash, Session } from "./assign";
import type { PlanModel } from "./model";

// A last line of defence for the rare cross-zone cases the day-level search cannot see (two clinics whose local
// days overlap in UTC): any planned session that still breaks a rule against the rest of the course is dropped,
// which can never break another rule (fewer sessions only widen gaps and lower weekly counts).

interface Item {
  planned: Session | null;
  day: number;
  start: number;
}

export function dropConflicts(model: PlanModel, sessions: Session[]): Session[] {
  let kept = sessions.slice();
  for (;;) {
    const bad = firstConflict(model, kept);
    if (!bad) return kept;
    kept = kept.filter((s) => s !== bad);
  }
}

function firstConflict(model: PlanModel, sessions: Session[]): Session | null {
  const items: Item[] = sessions
    .map((s): Item => ({ planned: s, day: s.day, start: s.start }))
    .concat(model.booked.map((b) => ({ planned: null, day: b.day, start: b.start })))
    .sort((a, b) => a.start - b.start);
  const blame = (a: Item, b: Item) => b.planned ?? a.planned;
  const days = new Map<number, Item>();
  for (const it of items) {
    const other = days.get(it.day);
    if (other && (other.planned || it.planned)) return blame(other, it);
    days.set(it.day, it);
  }
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if ((a.planned || b.planned) && b.day - a.day < model.minDaysBetween) return blame(a, b);
  }
  for (let i = 0; i < sessions.length; i++)
    for (let j = i + 1; j < sessions.length; j++)
      if (Math.abs(sessions[i].day - sessions[j].day) <= 2 && clash(sessions[i], sessions[j]))
        return sessions[i].start > sessions[j].start ? sessions[i] : sessions[j];
  if (Number.isFinite(model.maxPerWeek)) {
    const perWeek = new Map<number, Item[]>();
    for (const it of items) {
      const w = weekStart(it.day);
      const list = perWeek.get(w) ?? [];
      list.push(it);
      perWeek.set(w, list);
    }
    for (const list of perWeek.values())
      if (list.length > model.maxPerWeek) {
        const planned = list.filter((x) => x.planned);
        if (planned.length > 0) return planned[planned.length - 1].planned;
      }
  }
  return null;
}
