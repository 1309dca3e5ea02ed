-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('COURSE_CONFIRMATION', 'APPOINTMENT_CONFIRMATION', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'APPOINTMENT_REMINDER');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED');

-- AlterTable
ALTER TABLE "clinics" ADD COLUMN     "email_reply_to" TEXT,
ADD COLUMN     "email_sender_name" TEXT,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en-GB',
ADD COLUMN     "reminder_hours" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "patients" ADD COLUMN     "email_opt_out" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "email_opt_out_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "messages" (
    "id" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "patient_id" TEXT NOT NULL,
    "clinic_id" TEXT NOT NULL,
    "appointment_id" TEXT,
    "purchase_id" TEXT,
    "batch_id" TEXT,
    "send_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "suppressed_reason" TEXT,
    "transport" TEXT,
    "recipient" TEXT,
    "subject" TEXT,
    "text_body" TEXT,
    "html_body" TEXT,
    "ics_file" TEXT,
    "ics_file_name" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "messages_dedupe_key_key" ON "messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "messages_status_next_attempt_at_idx" ON "messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "messages_patient_id_created_at_idx" ON "messages"("patient_id", "created_at");

-- CreateIndex
CREATE INDEX "messages_appointment_id_idx" ON "messages"("appointment_id");

-- CreateIndex
CREATE INDEX "messages_created_at_idx" ON "messages"("created_at");

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: guarantees and the queue hand-off.
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_reminder_hours_range" CHECK ("reminder_hours" BETWEEN 1 AND 336);
ALTER TABLE "messages" ADD CONSTRAINT "messages_attempts_non_negative" CHECK ("attempts" >= 0);
ALTER TABLE "messages" ADD CONSTRAINT "messages_sent_has_time" CHECK ("status" <> 'SENT' OR "sent_at" IS NOT NULL);
ALTER TABLE "messages" ADD CONSTRAINT "messages_sending_has_lease" CHECK ("status" <> 'SENDING' OR "lease_until" IS NOT NULL);

-- The outbox row is the truth; on PostgreSQL graphile-worker delivers it. This trigger puts (or moves, or drops)
-- the row's job in the same transaction as the change that wrote the row, so a rolled-back booking leaves no job
-- and a committed one always has one. Where graphile-worker's schema is not installed (the embedded PGlite, or a
-- PostgreSQL database before the worker first started) it does nothing: the embedded dispatcher polls this table
-- instead, and the worker's start-up sweep enqueues whatever was written before its schema existed.
CREATE FUNCTION cadence_message_job() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'graphile_worker' AND p.proname = 'add_job') THEN
    RETURN NULL;
  END IF;
  IF NEW.status = 'QUEUED' THEN
    -- The job only wakes a worker; attempts and the final FAILED state are counted on the outbox row.
    EXECUTE 'SELECT graphile_worker.add_job($1, json_build_object(''messageId'', $2::text), run_at => $3, max_attempts => 25, job_key => $4, job_key_mode => ''replace'')'
      USING 'send_message', NEW.id, greatest(NEW.send_at, NEW.next_attempt_at), 'message:' || NEW.id;
  ELSE
    EXECUTE 'SELECT graphile_worker.remove_job($1)' USING 'message:' || NEW.id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER messages_enqueue_job AFTER INSERT ON "messages"
  FOR EACH ROW WHEN (NEW.status = 'QUEUED') EXECUTE FUNCTION cadence_message_job();

-- A queued row whose time moved (reschedule) or that was queued again (resend), or one that will not be sent any
-- more (suppressed). A worker's own SENDING → QUEUED (a failed attempt) is left to the queue's retry.
CREATE TRIGGER messages_move_job AFTER UPDATE OF "status", "send_at" ON "messages"
  FOR EACH ROW WHEN (
    (NEW.status = 'QUEUED' AND (OLD.status NOT IN ('QUEUED', 'SENDING') OR OLD.send_at IS DISTINCT FROM NEW.send_at))
    OR (NEW.status = 'SUPPRESSED' AND OLD.status <> 'SUPPRESSED')
  ) EXECUTE FUNCTION cadence_message_job();
