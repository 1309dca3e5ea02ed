-- AlterTable
ALTER TABLE "booking_batches" ADD COLUMN     "request_hash" TEXT;
