"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { unsubscribeByToken } from "@/lib/services/patients/unsubscribe";

const ZToken = z.string().min(1).max(200);

/** No sign-in: the signed, expiring token is the authority, and it can change only the opt-out flag. */
export async function unsubscribe(formData: FormData): Promise<void> {
  // A public endpoint: anything but the page's own form data is an invalid link, never a crash.
  const parsed = ZToken.safeParse(formData instanceof FormData ? formData.get("token") : null);
  const token = parsed.success ? parsed.data : "";
  const result = await unsubscribeByToken(prisma, token, authSecret(), new Date());
  redirect(`/unsubscribe/${encodeURIComponent(token)}?${result.ok ? "done=1" : `error=${result.reason}`}`);
}
