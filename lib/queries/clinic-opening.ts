import type { AppPrismaClient } from "@/lib/database/client";
import { OPENING_HORIZON_DAYS, type OpeningFacts } from "@/lib/calendar/opening";

const DAY_MS = 86_400_000;

/**
 * Each active clinic's weekly hours and its closures from yesterday (UTC) to the horizon: what Today needs to say
 * whether a clinic opens today and, if not, when it next does (lib/calendar/opening). One statement; closures are
 * few per clinic and the window is bounded.
 */
export async function clinicOpenings(prisma: AppPrismaClient, clinicIds: string[], now: Date): Promise<Map<string, OpeningFacts>> {
  if (clinicIds.length === 0) return new Map();
  // Closure dates are calendar dates (midnight UTC); a clinic's local today is within a day of the UTC date.
  const from = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS);
  const to = new Date(from.getTime() + (OPENING_HORIZON_DAYS + 2) * DAY_MS);
  const clinics = await prisma.clinic.findMany({
    where: { id: { in: clinicIds }, active: true },
    select: {
      id: true,
      hours: { select: { weekday: true, startMinute: true, endMinute: true } },
      closures: { where: { date: { gte: from, lte: to } }, select: { date: true, reason: true } },
    },
    relationLoadStrategy: "join",
  });
  return new Map(
    clinics.map((c) => [c.id, { hours: c.hours, closures: c.closures.map((x) => ({ date: x.date.toISOString().slice(0, 10), reason: x.reason })) }]),
  );
}
