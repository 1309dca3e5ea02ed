-- Sign-in throttling counts failures until a quiet period passes (not in a fixed window); existing rows keep
-- their time as the last failure. (Renamed by hand: Prisma would drop and re-add the column.)
ALTER TABLE "login_throttle" RENAME COLUMN "window_start" TO "last_failure_at";

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "revoked_sessions" (
    "token_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("token_id")
);

-- CreateIndex
CREATE INDEX "revoked_sessions_expires_at_idx" ON "revoked_sessions"("expires_at");

-- Rows quiet for longer than the reset period mean nothing any more; successful sign-ins delete a few of them.
-- CreateIndex
CREATE INDEX "login_throttle_last_failure_at_idx" ON "login_throttle"("last_failure_at");
