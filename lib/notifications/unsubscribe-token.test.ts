import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const secret = "a-long-enough-secret-for-tests-000";
const now = new Date("2030-01-07T08:00:00Z");

describe("unsubscribe tokens", () => {
  test("round trip names the patient (by id only)", () => {
    const token = createUnsubscribeToken("cpatient123", now, secret);
    expect(token).toMatch(/^cpatient123\.\d+\.[\w-]{43}$/);
    expect(verifyUnsubscribeToken(token, now, secret)).toEqual({ ok: true, patientId: "cpatient123" });
  });
  test("expires", () => {
    const token = createUnsubscribeToken("p1", now, secret, 1);
    expect(verifyUnsubscribeToken(token, new Date(now.getTime() + 86_400_000 - 1000), secret).ok).toBe(true);
    expect(verifyUnsubscribeToken(token, new Date(now.getTime() + 86_400_000), secret)).toEqual({ ok: false, reason: "expired" });
  });
  test("a changed patient, expiry, signature or secret is invalid", () => {
    const token = createUnsubscribeToken("p1", now, secret);
    const [id, expiry, sig] = token.split(".");
    expect(verifyUnsubscribeToken(`p2.${expiry}.${sig}`, now, secret)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyUnsubscribeToken(`${id}.${Number(expiry) + 1}.${sig}`, now, secret)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyUnsubscribeToken(`${id}.${expiry}.${sig.slice(0, -1)}A`.replace(/AA$/, "AB"), now, secret).ok).toBe(false);
    expect(verifyUnsubscribeToken(token, now, "another-secret-of-enough-length")).toEqual({ ok: false, reason: "invalid" });
    expect(verifyUnsubscribeToken("garbage", now, secret)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyUnsubscribeToken("x".repeat(500), now, secret)).toEqual({ ok: false, reason: "invalid" });
  });
});
