"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { createStaff, resetStaffPassword, setStaffActive, unlockStaffSignIn, updateStaff } from "@/lib/services/admin/staff";
import { zId, ZSetActiveSchema } from "@/lib/validations/common";
import { ZPasswordResetSchema, ZStaffCreateSchema, ZStaffUpdateSchema } from "@/lib/validations/staff";

export async function createStaffAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const data = ZStaffCreateSchema.parse(input);
    const result = await createStaff(prisma, user, data);
    revalidatePath("/admin/staff");
    return result;
  });
}

export async function updateStaffAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const userId = zId.parse(id);
    const data = ZStaffUpdateSchema.parse(input);
    const result = await updateStaff(prisma, user, userId, data);
    revalidatePath("/admin/staff");
    return result;
  });
}

export async function setStaffActiveAction(input: unknown): Promise<ActionResult<{ id: string; active: boolean }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const data = ZSetActiveSchema.parse(input);
    const result = await setStaffActive(prisma, user, data.id, data.active);
    revalidatePath("/admin/staff");
    return result;
  });
}

export async function resetStaffPasswordAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const userId = zId.parse(id);
    const data = ZPasswordResetSchema.parse(input);
    return resetStaffPassword(prisma, user, userId, data);
  });
}

export async function unlockStaffSignInAction(id: unknown): Promise<ActionResult<{ id: string; wasLocked: boolean }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const result = await unlockStaffSignIn(prisma, user, zId.parse(id));
    revalidatePath(`/admin/staff/${result.id}`);
    return result;
  });
}
