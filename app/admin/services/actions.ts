"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { createService, setServiceActive, updateService } from "@/lib/services/admin/services";
import { ZSetActiveSchema } from "@/lib/validations/common";
import { ZServiceSchema, ZServiceUpdateSchema } from "@/lib/validations/service";

const LIST = "/admin/services";

export async function createServiceAction(input: z.input<typeof ZServiceSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZServiceSchema.parse(input), (user, data) => createService(prisma, user, data), LIST);
}

export async function updateServiceAction(input: z.input<typeof ZServiceUpdateSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZServiceUpdateSchema.parse(input), (user, data) => updateService(prisma, user, data), LIST);
}

export async function setServiceActiveAction(input: z.input<typeof ZSetActiveSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZSetActiveSchema.parse(input), (user, data) => setServiceActive(prisma, user, data), LIST);
}
