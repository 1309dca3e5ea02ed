import type { AppPrismaClient as PrismaClient } from "@/lib/database/client";
import { writeAudit } from "@/lib/services/audit";

/** Viewing a patient's record is itself audited: who looked at which patient, and when. */
export async function recordPatientView(prisma: PrismaClient, options: { actorId: string; patientId: string }): Promise<void> {
  await writeAudit(prisma, { actorId: options.actorId, action: "patient.viewed", entityType: "Patient", entityId: options.patientId });
}
