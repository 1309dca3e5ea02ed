-- Money belongs to a currency: each clinic sells in one, a template is priced in one, a purchase keeps the one it
-- was paid in. Existing rows were all priced in the single group currency (CADENCE_CURRENCY, default GBP).
-- AlterTable
ALTER TABLE "clinics" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'GBP';

-- AlterTable
ALTER TABLE "package_purchases" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'GBP';

-- AlterTable
ALTER TABLE "packages" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'GBP';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "hour_cycle" TEXT;

-- Hand-written: codes are three capital letters; a user's hour cycle is one of the two the UI offers.
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_currency_code" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "packages" ADD CONSTRAINT "packages_currency_code" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "package_purchases" ADD CONSTRAINT "package_purchases_currency_code" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "users" ADD CONSTRAINT "users_hour_cycle_value" CHECK ("hour_cycle" IS NULL OR "hour_cycle" IN ('h12', 'h23'));
