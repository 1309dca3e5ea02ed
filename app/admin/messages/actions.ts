"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { resendMessage as resend } from "@/lib/services/messages/resend";

const ZResend = z.object({ messageId: z.string().min(1).max(64) });

export async function resendMessage(input: z.input<typeof ZResend>): Promise<ActionResult<{ messageId: string }>> {
  return authorizedAction("ADMIN", () => ZResend.parse(input), (user, { messageId }) => resend(prisma, user, messageId, new Date()), "/admin/messages");
}
