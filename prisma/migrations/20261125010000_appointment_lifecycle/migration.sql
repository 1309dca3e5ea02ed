-- A cancelled or missed package session either went back to the package or was forfeited (clinic policy at the
-- time it happened). The appointment records which, so the ledger can be recomputed from appointments alone:
--   booked    = sessions SCHEDULED or CHECKED_IN
--   completed = sessions COMPLETED
--   forfeited = sessions CANCELLED or NO_SHOW with forfeits_session
-- AlterTable
ALTER TABLE "appointments" ADD COLUMN "forfeits_session" BOOLEAN NOT NULL DEFAULT false;

-- Only a cancelled or missed session of a package can forfeit it.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_forfeit_only_when_lost"
  CHECK (NOT "forfeits_session" OR ("status" IN ('CANCELLED', 'NO_SHOW') AND "purchase_id" IS NOT NULL));

-- The calendar reads a clinic's or a provider's appointments of a day or week: (clinic_id, starts_at) and
-- (provider_id, starts_at) already exist. The patient page reads a course's sessions in order.
-- CreateIndex
CREATE INDEX "appointments_purchase_id_starts_at_idx" ON "appointments"("purchase_id", "starts_at");
