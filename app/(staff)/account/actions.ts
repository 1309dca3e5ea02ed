"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { prisma } from "@/lib/db";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { clientAddress } from "@/lib/net/client-address";
import { changeOwnPassword, signOutEverywhere } from "@/lib/services/auth/sessions";
import { ZPasswordChangeSchema, type TPasswordChangeInput } from "@/lib/validations/auth";
import { ZHourCycleSchema } from "@/lib/validations/locale";
import { setHourCycle } from "@/lib/services/account/preferences";

// Each action acts on the signed-in user's own account, so any signed-in user may call it (role "STAFF" admits
// administrators too).

/** Ends every session of the signed-in user, on every device; the browser then signs out too. */
export async function signOutEverywhereAction(): Promise<ActionResult<null>> {
  return authorizedAction("STAFF", () => null, async (user) => {
    await signOutEverywhere(prisma, user.id);
    return null;
  });
}

/** Changes the signed-in user's own password; every session ends, so they sign in again with the new one. */
export async function changePasswordAction(input: TPasswordChangeInput): Promise<ActionResult<null>> {
  return authorizedAction("STAFF", () => ZPasswordChangeSchema.parse(input), async (user, data) => {
    await changeOwnPassword(prisma, user, data, new Date(), clientAddress(await headers()));
    return null;
  });
}

/** The signed-in user's 12 h / 24 h choice; every page reads it afresh, so the whole layout is revalidated. */
export async function setHourCycleAction(input: z.input<typeof ZHourCycleSchema>): Promise<ActionResult<{ hourCycle: "h12" | "h23" | null }>> {
  return authorizedAction("STAFF", () => ZHourCycleSchema.parse(input), async (user, data) => {
    const result = await setHourCycle(prisma, user, data);
    revalidatePath("/", "layout");
    return result;
  });
}
