"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/session";
import { createProvider, setProviderActive, updateProvider, type ProviderSaved } from "@/lib/services/admin/providers";
import { ZSetActiveSchema } from "@/lib/validations/common";
import { ZProviderSchema, ZProviderUpdateSchema } from "@/lib/validations/provider";

export async function createProviderAction(input: unknown): Promise<ActionResult<ProviderSaved>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZProviderSchema.parse(input);
    const result = await createProvider(prisma, actor, data);
    revalidatePath("/admin/providers");
    return result;
  });
}

export async function updateProviderAction(input: unknown): Promise<ActionResult<ProviderSaved>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZProviderUpdateSchema.parse(input);
    const result = await updateProvider(prisma, actor, data);
    revalidatePath("/admin/providers");
    return result;
  });
}

export async function setProviderActiveAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZSetActiveSchema.parse(input);
    const result = await setProviderActive(prisma, actor, data);
    revalidatePath("/admin/providers");
    return result;
  });
}
