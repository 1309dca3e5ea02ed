"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/session";
import { createService, setServiceActive, updateService } from "@/lib/services/admin/services";
import { ZSetActiveSchema } from "@/lib/validations/common";
import { ZServiceSchema, ZServiceUpdateSchema } from "@/lib/validations/service";

export async function createServiceAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZServiceSchema.parse(input);
    const result = await createService(prisma, actor, data);
    revalidatePath("/admin/services");
    return result;
  });
}

export async function updateServiceAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZServiceUpdateSchema.parse(input);
    const result = await updateService(prisma, actor, data);
    revalidatePath("/admin/services");
    return result;
  });
}

export async function setServiceActiveAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZSetActiveSchema.parse(input);
    const result = await setServiceActive(prisma, actor, data);
    revalidatePath("/admin/services");
    return result;
  });
}
