"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { resendMessage as resend } from "@/lib/services/messages/resend";

const ZResend = z.object({ messageId: z.string().min(1).max(64) });

export async function resendMessage(input: unknown): Promise<ActionResult<{ messageId: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const { messageId } = ZResend.parse(input);
    const result = await resend(prisma, user, messageId, new Date());
    revalidatePath("/admin/messages");
    return result;
  });
}
