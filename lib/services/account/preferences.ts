import type { AppPrismaClient } from "@/lib/database/client";
import type { HourCycle } from "@/lib/format";
import type { THourCycleInput } from "@/lib/validations/locale";

/** Stores the signed-in user's 12 h / 24 h choice ("auto": follow each clinic's locale). Their own setting only. */
export async function setHourCycle(prisma: AppPrismaClient, actor: { id: string }, input: THourCycleInput): Promise<{ hourCycle: HourCycle | null }> {
  const hourCycle = input.hourCycle === "auto" ? null : input.hourCycle;
  await prisma.user.update({ where: { id: actor.id }, data: { hourCycle } });
  return { hourCycle };
}
