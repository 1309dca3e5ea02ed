-- Auto Schedule / Confirm read a provider's busy time from now until the purchase expires:
--   provider_id IN (…) AND status IN (active) AND starts_at < expiry AND block_ends_at > now.
-- (provider_id, starts_at) only bounds starts_at from above, so every past appointment of the provider was read
-- (≈ 9 000 rows for 5 providers at 1 M appointments: 470 ms); bounding block_ends_at from below reads only the
-- coming ones (≈ 1 900 rows: 4 ms). Declared in schema.prisma as @@index([providerId, blockEndsAt]).
-- CreateIndex
CREATE INDEX "appointments_provider_id_block_ends_at_idx" ON "appointments"("provider_id", "block_ends_at");
