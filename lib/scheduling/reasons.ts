import { formatDay } from "./calendar";
import type { Candidates } from "./candidates";
import { solveDays } from "./day-search";
import type { PlanModel } from "./model";

// Why sessions of one service stayed unplaced, as a sentence a receptionist can act on. The checks go from the
// most basic (nobody can do it) to the most subtle (services compete for the same days), and the first that
// explains the shortfall wins.

export function unplacedReason(model: PlanModel, cands: Candidates, k: number, placedOfDemand: number): string {
  const demand = model.demands[k];
  const svc = model.services[demand.service];
  const name = svc.name;
  const offering = model.clinics.filter((c) => c.selected && c.services.has(demand.service));
  if (offering.length === 0) return `none of the selected clinics offers ${name}`;
  const qualified = model.providers.filter((p) => p.selected && p.services.has(demand.service));
  if (qualified.length === 0) return `none of the selected providers is qualified for ${name}`;
  const clinicIdx = new Set(model.clinics.flatMap((c, i) => (c.selected && c.services.has(demand.service) ? [i] : [])));
  if (!qualified.some((p) => [...p.availability.keys()].some((ci) => clinicIdx.has(ci))))
    return `none of the selected providers qualified for ${name} has working hours at a selected clinic that offers it`;

  const expiry = `before expiry ${formatDay(offering[0].zone.dayOf(model.expires))}`;
  if (model.expires <= model.earliest) return `no time left for ${name}: the earliest allowed start is after expiry`;
  const bookedDays = new Set(model.booked.map((b) => b.day));
  let days = 0;
  for (let i = 0; i < cands.nDays; i++)
    if (cands.options[i][k].length > 0 && !bookedDays.has(cands.dayLo + i)) days++;
  if (days === 0) return `no availability for ${name} with the selected providers ${expiry}`;
  if (days < demand.count)
    return `only ${days} day${days === 1 ? "" : "s"} with availability for ${name} with the selected providers ${expiry}`;

  const feasible = new Uint8Array(cands.nDays);
  for (let i = 0; i < cands.nDays; i++) feasible[i] = cands.options[i][k].length > 0 ? 1 : 0;
  const alone = solveDays({
    dayLo: cands.dayLo,
    nDays: cands.nDays,
    counts: [demand.count],
    feasible,
    score: new Float64Array(cands.nDays),
    bookedDays: model.booked.map((b) => b.day),
    minDaysBetween: model.minDaysBetween,
    maxPerWeek: model.maxPerWeek,
  }).placed;
  if (alone < demand.count) {
    const rules: string[] = [];
    if (model.minDaysBetween >= 2) rules.push(`at least ${model.minDaysBetween} days apart`);
    if (Number.isFinite(model.maxPerWeek)) rules.push(`at most ${model.maxPerWeek} per week`);
    return `the cadence (${rules.join(", ")}) leaves room for only ${alone} session${alone === 1 ? "" : "s"} of ${name} ${expiry}`;
  }
  const others = model.demands.filter((_, j) => j !== k).map((d) => model.services[d.service].name);
  return others.length > 0
    ? `${name} competes with ${others.join(", ")} for the same days (one session per day, cadence); only ${placedOfDemand} of ${demand.count} fit ${expiry}`
    : `only ${placedOfDemand} of ${demand.count} sessions of ${name} fit ${expiry}`;
}
