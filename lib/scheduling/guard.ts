import { clash, Session } from "./assign";
import { CourseItem, firstCourseViolation } from "./course-rules";
import type { PlanModel } from "./model";

// A last line of defence for the rare cross-zone cases the day-level search cannot see (two clinics whose local
// days overlap in UTC): any planned session that still breaks a rule against the rest of the course is dropped,
// which can never break another rule (fewer sessions only widen gaps and lower weekly counts).

export function dropConflicts(model: PlanModel, sessions: Session[]): Session[] {
  let kept = sessions.slice();
  for (;;) {
    const bad = firstConflict(model, kept);
    if (!bad) return kept;
    kept = kept.filter((s) => s !== bad);
  }
}

function firstConflict(model: PlanModel, sessions: Session[]): Session | null {
  const items: (CourseItem & { session: Session | null })[] = sessions
    .map((s) => ({ session: s as Session | null, planned: true, day: s.day, start: s.start }))
    .concat(model.booked.map((b) => ({ session: null, planned: false, day: b.day, start: b.start })))
    .sort((a, b) => a.start - b.start);
  const violation = firstCourseViolation(model, items);
  if (violation !== null) return items[violation].session;
  // Sessions on neighbouring local days can still overlap (patient) or clash (provider) across zones.
  for (let i = 0; i < sessions.length; i++)
    for (let j = i + 1; j < sessions.length; j++)
      if (Math.abs(sessions[i].day - sessions[j].day) <= 2 && clash(sessions[i], sessions[j]))
        return sessions[i].start > sessions[j].start ? sessions[i] : sessions[j];
  return null;
}
