"use server";

import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import type { PurchaseOutcome } from "@/lib/appointments/types";
import { prisma } from "@/lib/db";
import * as V from "@/lib/validations/appointment";
import { cancelPurchase as cancel, extendExpiry as extend } from "@/lib/services/purchases/manage";

const refresh = (outcome: PurchaseOutcome) => [`/patients/${outcome.patientId}`, `/admin/patients/${outcome.patientId}`, "/calendar"];

export async function extendPurchaseExpiry(input: V.TExtendExpiryInput): Promise<ActionResult<PurchaseOutcome>> {
  return authorizedAction("ADMIN", () => V.ZExtendExpirySchema.parse(input), (user, data) => extend(prisma, user, data, new Date()), refresh);
}

export async function cancelPurchase(input: V.TCancelPurchaseInput): Promise<ActionResult<PurchaseOutcome>> {
  return authorizedAction("ADMIN", () => V.ZCancelPurchaseSchema.parse(input), (user, data) => cancel(prisma, user, data, new Date()), refresh);
}
