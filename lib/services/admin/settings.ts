import type { AppPrismaClient } from "@/lib/database/client";
import { writeAudit } from "@/lib/services/audit";
import { DEFAULT_TRAVEL_MINUTES } from "@/lib/queries/booking/travel";
import type { Actor } from "./shared";

/** Sets the group's travel time between clinics (the one group_settings row), audited with the old value. */
export async function setTravelMinutes(prisma: AppPrismaClient, actor: Actor, minutes: number): Promise<{ travelMinutes: number }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.groupSettings.findUnique({ where: { id: 1 }, select: { travelMinutes: true } });
    await tx.groupSettings.upsert({ where: { id: 1 }, create: { id: 1, travelMinutes: minutes }, update: { travelMinutes: minutes } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "settings.travel_updated",
      entityType: "GroupSettings",
      entityId: "1",
      details: { travelMinutes: { from: before?.travelMinutes ?? DEFAULT_TRAVEL_MINUTES, to: minutes } },
    });
    return { travelMinutes: minutes };
  });
}
