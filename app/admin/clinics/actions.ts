"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { createClinic, setClinicActive, updateClinic } from "@/lib/services/admin/clinics";
import { ZClinicSchema, ZClinicUpdateSchema } from "@/lib/validations/clinic";
import { ZSetActiveSchema } from "@/lib/validations/common";

const LIST = "/admin/clinics";

export async function createClinicAction(input: z.input<typeof ZClinicSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZClinicSchema.parse(input), (user, data) => createClinic(prisma, user, data), LIST);
}

export async function updateClinicAction(input: z.input<typeof ZClinicUpdateSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZClinicUpdateSchema.parse(input), (user, data) => updateClinic(prisma, user, data), LIST);
}

export async function setClinicActiveAction(input: z.input<typeof ZSetActiveSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZSetActiveSchema.parse(input), (user, data) => setClinicActive(prisma, user, data), LIST);
}
