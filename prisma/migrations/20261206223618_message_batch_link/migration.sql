-- A course confirmation belongs to its booking batch; any id without a batch (none expected) is cleared first.
UPDATE "messages" SET "batch_id" = NULL WHERE "batch_id" IS NOT NULL AND "batch_id" NOT IN (SELECT "id" FROM "booking_batches");

-- CreateIndex
CREATE INDEX "messages_batch_id_idx" ON "messages"("batch_id");

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "booking_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;
