-- CreateIndex
CREATE INDEX "appointments_purchase_item_id_idx" ON "appointments"("purchase_item_id");

-- Upcoming scheduled appointments (the admin overview's count, reminders): a partial index the schema engine does
-- not model, so it is written here by hand (docs/database.md).
CREATE INDEX "appointments_scheduled_starts_at_idx" ON "appointments"("starts_at") WHERE "status" = 'SCHEDULED';
