"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { updateClinicRegion } from "@/lib/services/admin/clinic-region";
import { ZClinicRegionSchema } from "@/lib/validations/locale";

/** A clinic's language and currency (the clinic page's "Language and currency" section). */
export async function updateClinicRegionAction(input: z.input<typeof ZClinicRegionSchema>): Promise<ActionResult<{ id: string; changed: boolean }>> {
  return authorizedAction(
    "ADMIN",
    () => ZClinicRegionSchema.parse(input),
    (user, data) => updateClinicRegion(prisma, user, data),
    (_, data) => `/admin/clinics/${data.clinicId}`,
  );
}
