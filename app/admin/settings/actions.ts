"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { setTravelMinutes } from "@/lib/services/admin/settings";
import { ZTravelSchema } from "@/lib/validations/settings";

export async function setTravelMinutesAction(input: unknown): Promise<ActionResult<{ travelMinutes: number }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const { travelMinutes } = ZTravelSchema.parse(input);
    const result = await setTravelMinutes(prisma, user, travelMinutes);
    revalidatePath("/admin/settings");
    return result;
  });
}
