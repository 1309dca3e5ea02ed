"use server";

import type { z } from "zod";
import { authorizedAction, recordInput } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { createStaff, resetStaffPassword, setStaffActive, unlockStaffSignIn, updateStaff } from "@/lib/services/admin/staff";
import { zId, ZSetActiveSchema } from "@/lib/validations/common";
import { ZPasswordResetSchema, ZStaffCreateSchema, ZStaffUpdateSchema, type TStaffCreateInput, type TStaffUpdateInput } from "@/lib/validations/staff";

const LIST = "/admin/staff";
type UserId = z.input<typeof zId>;

export async function createStaffAction(input: TStaffCreateInput): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZStaffCreateSchema.parse(input), (user, data) => createStaff(prisma, user, data), LIST);
}

export async function updateStaffAction(id: UserId, input: TStaffUpdateInput): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", recordInput(id, ZStaffUpdateSchema, input), (user, staff) => updateStaff(prisma, user, staff.id, staff.data), LIST);
}

export async function setStaffActiveAction(input: z.input<typeof ZSetActiveSchema>): Promise<ActionResult<{ id: string; active: boolean }>> {
  return authorizedAction("ADMIN", () => ZSetActiveSchema.parse(input), (user, data) => setStaffActive(prisma, user, data.id, data.active), LIST);
}

export async function resetStaffPasswordAction(id: UserId, input: z.input<typeof ZPasswordResetSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", recordInput(id, ZPasswordResetSchema, input), (user, staff) => resetStaffPassword(prisma, user, staff.id, staff.data));
}

export async function unlockStaffSignInAction(id: UserId): Promise<ActionResult<{ id: string; wasLocked: boolean }>> {
  return authorizedAction("ADMIN", () => zId.parse(id), (user, userId) => unlockStaffSignIn(prisma, user, userId), (result) => `${LIST}/${result.id}`);
}
