-- AlterTable
ALTER TABLE "patients" ADD COLUMN     "unavailable_dates" DATE[] DEFAULT ARRAY[]::DATE[],
ADD COLUMN     "weekdays_only" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "windows_only" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "group_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "travel_minutes" INTEGER NOT NULL DEFAULT 60,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "group_settings_pkey" PRIMARY KEY ("id")
);

-- Bounded sizes and the single settings row (hand-written).
ALTER TABLE "patients" ADD CONSTRAINT "patients_unavailable_dates_max" CHECK (cardinality("unavailable_dates") <= 60);
ALTER TABLE "group_settings" ADD CONSTRAINT "group_settings_single_row" CHECK ("id" = 1);
ALTER TABLE "group_settings" ADD CONSTRAINT "group_settings_travel_range" CHECK ("travel_minutes" BETWEEN 0 AND 600);
INSERT INTO "group_settings" ("id", "travel_minutes", "updated_at") VALUES (1, 60, CURRENT_TIMESTAMP);
