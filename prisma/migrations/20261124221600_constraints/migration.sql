-- Guarantees Prisma's schema language cannot express; written by hand (see docs/database.md).
-- The schema engine's diff ignores exclusion and CHECK constraints and indexes it does not model in a way that
-- keeps `db:status` clean: see the note on the trigram indexes below.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Appointments: one provider is never double-booked, buffer included (block_ends_at); one patient is never in two
-- places at once. Half-open ranges: an appointment ending at 10:00 and the next starting at 10:00 do not overlap.
-- Only active appointments count: CANCELLED and NO_SHOW free the slot.
ALTER TABLE "appointments"
  ADD CONSTRAINT "appointments_ends_after_start" CHECK ("ends_at" > "starts_at"),
  ADD CONSTRAINT "appointments_block_covers_appointment" CHECK ("block_ends_at" >= "ends_at"),
  ADD CONSTRAINT "appointments_provider_no_overlap" EXCLUDE USING gist (
    "provider_id" WITH =,
    tstzrange("starts_at", "block_ends_at", '[)') WITH &&
  ) WHERE ("status" IN ('SCHEDULED', 'CHECKED_IN', 'COMPLETED')),
  ADD CONSTRAINT "appointments_patient_no_overlap" EXCLUDE USING gist (
    "patient_id" WITH =,
    tstzrange("starts_at", "ends_at", '[)') WITH &&
  ) WHERE ("status" IN ('SCHEDULED', 'CHECKED_IN', 'COMPLETED'));

-- The package ledger: remaining = total - booked - completed - forfeited stays within [0, total].
ALTER TABLE "purchase_items"
  ADD CONSTRAINT "purchase_items_total_positive" CHECK ("sessions_total" > 0),
  ADD CONSTRAINT "purchase_items_booked_nonnegative" CHECK ("booked" >= 0),
  ADD CONSTRAINT "purchase_items_completed_nonnegative" CHECK ("completed" >= 0),
  ADD CONSTRAINT "purchase_items_forfeited_nonnegative" CHECK ("forfeited" >= 0),
  ADD CONSTRAINT "purchase_items_within_total" CHECK ("booked" + "completed" + "forfeited" <= "sessions_total");

ALTER TABLE "package_purchases"
  ADD CONSTRAINT "package_purchases_price_nonnegative" CHECK ("price_paid_minor" >= 0),
  ADD CONSTRAINT "package_purchases_min_days_between_positive" CHECK ("min_days_between" IS NULL OR "min_days_between" > 0),
  ADD CONSTRAINT "package_purchases_max_per_week_positive" CHECK ("max_per_week" IS NULL OR "max_per_week" > 0);

-- Weekly hours: ISO weekday 1 (Mon) .. 7 (Sun), minutes after local midnight, a non-empty interval within the day.
ALTER TABLE "clinic_hours"
  ADD CONSTRAINT "clinic_hours_weekday_iso" CHECK ("weekday" BETWEEN 1 AND 7),
  ADD CONSTRAINT "clinic_hours_interval_in_day" CHECK (0 <= "start_minute" AND "start_minute" < "end_minute" AND "end_minute" <= 1440);

ALTER TABLE "provider_availability"
  ADD CONSTRAINT "provider_availability_weekday_iso" CHECK ("weekday" BETWEEN 1 AND 7),
  ADD CONSTRAINT "provider_availability_interval_in_day" CHECK (0 <= "start_minute" AND "start_minute" < "end_minute" AND "end_minute" <= 1440);

ALTER TABLE "provider_time_off"
  ADD CONSTRAINT "provider_time_off_ends_after_start" CHECK ("ends_at" > "starts_at");

ALTER TABLE "services"
  ADD CONSTRAINT "services_duration_positive" CHECK ("duration_min" > 0),
  ADD CONSTRAINT "services_buffer_nonnegative" CHECK ("buffer_after_min" >= 0),
  ADD CONSTRAINT "services_price_nonnegative" CHECK ("price_minor" >= 0);

ALTER TABLE "packages"
  ADD CONSTRAINT "packages_price_nonnegative" CHECK ("price_minor" >= 0),
  ADD CONSTRAINT "packages_validity_positive" CHECK ("validity_days" > 0),
  ADD CONSTRAINT "packages_max_active_positive" CHECK ("max_active_per_patient" >= 1),
  ADD CONSTRAINT "packages_min_days_between_positive" CHECK ("min_days_between" IS NULL OR "min_days_between" > 0),
  ADD CONSTRAINT "packages_max_per_week_positive" CHECK ("max_per_week" IS NULL OR "max_per_week" > 0);

ALTER TABLE "package_items"
  ADD CONSTRAINT "package_items_sessions_positive" CHECK ("sessions" > 0);

-- Patient search: `contains` + `mode: "insensitive"` becomes `column ILIKE '%term%'`, which a b-tree cannot serve.
-- Trigram GIN indexes can, one per searched column (the planner ORs them with a BitmapOr).
CREATE INDEX "patients_first_name_trgm_idx" ON "patients" USING gin ("first_name" gin_trgm_ops) WHERE "active";
CREATE INDEX "patients_last_name_trgm_idx" ON "patients" USING gin ("last_name" gin_trgm_ops) WHERE "active";
CREATE INDEX "patients_identifier_trgm_idx" ON "patients" USING gin ("identifier" gin_trgm_ops) WHERE "active";
CREATE INDEX "patients_email_trgm_idx" ON "patients" USING gin ("email" gin_trgm_ops) WHERE "active";
CREATE INDEX "patients_phone_trgm_idx" ON "patients" USING gin ("phone" gin_trgm_ops) WHERE "active";
-- Full-name search ("anna smi") through one expression, for raw queries that search the whole name.
CREATE INDEX "patients_full_name_trgm_idx" ON "patients" USING gin ((lower("first_name" || ' ' || "last_name")) gin_trgm_ops) WHERE "active";
