/**
 * The sign-in throttle's row keys: one per account (any address) and one per client address (any account). Pure, so
 * the throttle (lib/services/auth/throttle.ts) and the staff list's "locked" column (lib/queries/admin/staff.ts)
 * name the same row.
 */
export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const clientKey = (address: string) => `client:${address}`;

export type ThrottleKeys = { account: string; client: string };
