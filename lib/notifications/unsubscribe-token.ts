import crypto from "node:crypto";

/**
 * Unsubscribe links carry `<patientId>.<expiry>.<signature>`: the patient's id (no other patient data), an expiry
 * (Unix seconds) and an HMAC-SHA256 over both with a key derived from the app's secret, so a link cannot be forged,
 * altered to another patient, or used forever.
 */
const PURPOSE = "cadence/unsubscribe/v1";
export const UNSUBSCRIBE_TOKEN_DAYS = 90;

function key(secret: string): Buffer {
  return crypto.createHmac("sha256", secret).update(PURPOSE).digest();
}

function sign(payload: string, secret: string): string {
  return crypto.createHmac("sha256", key(secret)).update(payload).digest("base64url");
}

export function createUnsubscribeToken(patientId: string, now: Date, secret: string, days = UNSUBSCRIBE_TOKEN_DAYS): string {
  const expiry = Math.floor(now.getTime() / 1000) + days * 86_400;
  const payload = `${patientId}.${expiry}`;
  return `${payload}.${sign(payload, secret)}`;
}

export type TokenCheck = { ok: true; patientId: string } | { ok: false; reason: "invalid" | "expired" };

export function verifyUnsubscribeToken(token: string, now: Date, secret: string): TokenCheck {
  if (token.length > 200) return { ok: false, reason: "invalid" };
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const [, patientId, expiry, signature] = match;
  const expected = Buffer.from(sign(`${patientId}.${expiry}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  if (Number(expiry) * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, patientId };
}
