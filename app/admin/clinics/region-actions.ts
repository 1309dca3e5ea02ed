"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/session";
import { updateClinicRegion } from "@/lib/services/admin/clinic-region";
import { ZClinicRegionSchema } from "@/lib/validations/locale";

/** A clinic's language and currency (the clinic page's "Language and currency" section). */
export async function updateClinicRegionAction(input: unknown): Promise<ActionResult<{ id: string; changed: boolean }>> {
  return runAction(async () => {
    const actor = await authorize("ADMIN");
    const data = ZClinicRegionSchema.parse(input);
    const result = await updateClinicRegion(prisma, actor, data);
    revalidatePath(`/admin/clinics/${data.clinicId}`);
    return result;
  });
}
