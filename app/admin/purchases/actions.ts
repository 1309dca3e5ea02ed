"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import type { PurchaseOutcome } from "@/lib/appointments/types";
import { authorize } from "@/lib/session";
import * as V from "@/lib/validations/appointment";
import { cancelPurchase as cancel, extendExpiry as extend } from "@/lib/services/purchases/manage";

function refresh(outcome: PurchaseOutcome): PurchaseOutcome {
  revalidatePath(`/patients/${outcome.patientId}`);
  revalidatePath(`/admin/patients/${outcome.patientId}`);
  revalidatePath("/calendar");
  return outcome;
}

export async function extendPurchaseExpiry(input: V.TExtendExpiryInput): Promise<ActionResult<PurchaseOutcome>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const data = V.ZExtendExpirySchema.parse(input);
    return refresh(await extend(prisma, user, data, new Date()));
  });
}

export async function cancelPurchase(input: V.TCancelPurchaseInput): Promise<ActionResult<PurchaseOutcome>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const data = V.ZCancelPurchaseSchema.parse(input);
    return refresh(await cancel(prisma, user, data, new Date()));
  });
}
