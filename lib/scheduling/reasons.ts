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
  const K = model.demands.length;
  // Days with an option for demand k, with hard rule 9 (the patient's availability) and, when given, without it.
  const withRule = new Uint8Array(cands.nDays);
  const withoutRule = cands.withoutPatient ? new Uint8Array(cands.nDays) : null;
  for (let i = 0; i < cands.nDays; i++) {
    withRule[i] = cands.options[i][k].length > 0 ? 1 : 0;
    if (withoutRule) withoutRule[i] = cands.withoutPatient![i * K + k];
  }
  const countDays = (feasible: Uint8Array) => {
    let n = 0;
    for (let i = 0; i < cands.nDays; i++) if (feasible[i] && !bookedDays.has(cands.dayLo + i)) n++;
    return n;
  };
  const days = countDays(withRule);
  const patient = model.patient ? `the patient's availability (${model.patient.description})` : "";
  const patientBinds = (withIt: number, withoutIt: number) => withoutRule !== null && withoutIt > withIt;
  const daysWithout = withoutRule ? countDays(withoutRule) : days;
  if (days === 0 && patientBinds(0, daysWithout)) return `no time for ${name} fits ${patient} ${expiry}`;
  if (days === 0) return `no availability for ${name} with the selected providers ${expiry}`;
  if (days < demand.count && patientBinds(days, daysWithout))
    return `only ${days} day${days === 1 ? "" : "s"} with time for ${name} fit${days === 1 ? "s" : ""} ${patient} ${expiry} (${demand.count} needed)`;
  if (days < demand.count)
    return `only ${days} day${days === 1 ? "" : "s"} with availability for ${name} with the selected providers ${expiry}`;

  const alone = (feasible: Uint8Array) =>
    solveDays({
      dayLo: cands.dayLo,
      nDays: cands.nDays,
      counts: [demand.count],
      feasible,
      score: new Float64Array(cands.nDays),
      bookedDays: model.booked.map((b) => b.day),
      minDaysBetween: model.minDaysBetween,
      maxPerWeek: model.maxPerWeek,
    }).placed;
  const fits = alone(withRule);
  if (fits < demand.count) {
    const rules: string[] = [];
    if (model.minDaysBetween >= 2) rules.push(`at least ${model.minDaysBetween} days apart`);
    if (Number.isFinite(model.maxPerWeek)) rules.push(`at most ${model.maxPerWeek} per week`);
    const what = patientBinds(fits, withoutRule ? alone(withoutRule) : fits) ? `${patient} with the cadence` : "the cadence";
    return `${what} (${rules.join(", ")}) leaves room for only ${fits} session${fits === 1 ? "" : "s"} of ${name} ${expiry}`;
  }
  const others = model.demands.filter((_, j) => j !== k).map((d) => model.services[d.service].name);
  const scarce = patient && daysWithout > days ? `; ${patient} leaves ${days} days for it` : "";
  return others.length > 0
    ? `${name} competes with ${others.join(", ")} for the same days (one session per day, cadence); only ${placedOfDemand} of ${demand.count} fit ${expiry}${scarce}`
    : `only ${placedOfDemand} of ${demand.count} sessions of ${name} fit ${expiry}${scarce}`;
}
