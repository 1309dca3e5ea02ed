/**
 * One key per intent (an assignment, a plan to confirm, a slot to book): reused on retry and double click, so
 * the server creates the purchase or batch once. crypto.randomUUID exists only in secure contexts; a clinic
 * reaching the app over plain http on its LAN still gets a random v4 id from getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
