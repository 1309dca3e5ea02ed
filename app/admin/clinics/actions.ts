"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/session";
import { createClinic, setClinicActive, updateClinic } from "@/lib/services/admin/clinics";
import { ZClinicSchema, ZClinicUpdateSchema } from "@/lib/validations/clinic";
import { ZSetActiveSchema } from "@/lib/validations/common";

export async function createClinicAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZClinicSchema.parse(input);
    const result = await createClinic(prisma, actor, data);
    revalidatePath("/admin/clinics");
    return result;
  });
}

export async function updateClinicAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZClinicUpdateSchema.parse(input);
    const result = await updateClinic(prisma, actor, data);
    revalidatePath("/admin/clinics");
    return result;
  });
}

export async function setClinicActiveAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZSetActiveSchema.parse(input);
    const result = await setClinicActive(prisma, actor, data);
    revalidatePath("/admin/clinics");
    return result;
  });
}
