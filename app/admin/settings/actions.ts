"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { setTravelMinutes } from "@/lib/services/admin/settings";
import { ZTravelSchema } from "@/lib/validations/settings";

export async function setTravelMinutesAction(input: z.input<typeof ZTravelSchema>): Promise<ActionResult<{ travelMinutes: number }>> {
  return authorizedAction("ADMIN", () => ZTravelSchema.parse(input), (user, data) => setTravelMinutes(prisma, user, data.travelMinutes), "/admin/settings");
}
