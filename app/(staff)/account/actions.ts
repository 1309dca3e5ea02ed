"use server";

import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { clientAddress } from "@/lib/net/client-address";
import { authorize } from "@/lib/session";
import { changeOwnPassword, signOutEverywhere } from "@/lib/services/auth/sessions";
import { ZPasswordChangeSchema } from "@/lib/validations/auth";

/** Ends every session of the signed-in user, on every device; the browser then signs out too. */
export async function signOutEverywhereAction(): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await authorize();
    await signOutEverywhere(prisma, user.id);
    return null;
  });
}

/** Changes the signed-in user's own password; every session ends, so they sign in again with the new one. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await authorize();
    const data = ZPasswordChangeSchema.parse(input);
    await changeOwnPassword(prisma, user, data, new Date(), clientAddress(await headers()));
    return null;
  });
}
