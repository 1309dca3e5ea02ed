"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { createProvider, setProviderActive, updateProvider, type ProviderSaved } from "@/lib/services/admin/providers";
import { ZSetActiveSchema } from "@/lib/validations/common";
import { ZProviderSchema, ZProviderUpdateSchema } from "@/lib/validations/provider";

const LIST = "/admin/providers";

export async function createProviderAction(input: z.input<typeof ZProviderSchema>): Promise<ActionResult<ProviderSaved>> {
  return authorizedAction("ADMIN", () => ZProviderSchema.parse(input), (user, data) => createProvider(prisma, user, data), LIST);
}

export async function updateProviderAction(input: z.input<typeof ZProviderUpdateSchema>): Promise<ActionResult<ProviderSaved>> {
  return authorizedAction("ADMIN", () => ZProviderUpdateSchema.parse(input), (user, data) => updateProvider(prisma, user, data), LIST);
}

export async function setProviderActiveAction(input: z.input<typeof ZSetActiveSchema>): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZSetActiveSchema.parse(input), (user, data) => setProviderActive(prisma, user, data), LIST);
}
