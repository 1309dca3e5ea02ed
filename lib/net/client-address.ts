import { isIPv4, isIPv6 } from "node:net";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * How many reverse proxies in front of Cadence append to X-Forwarded-For and may be believed
 * (CADENCE_TRUST_PROXY: unset or 0 = none, 1 = one proxy such as nginx, n = a chain of n).
 */
export function trustedProxyHops(value = process.env.CADENCE_TRUST_PROXY): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

function header(headers: HeaderBag, name: string): string {
  if (!headers) return "";
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? "";
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

/**
 * The address a request came from, as the sign-in throttle keys it.
 *
 * Each proxy appends the address it received the request from to X-Forwarded-For, so only the right end of the
 * list is trustworthy: with `hops` trusted proxies the client is the hops-th entry from the right; anything to its
 * left was written by the client. Without a trusted proxy, instrumentation.ts drops a client's own
 * X-Forwarded-For at the door and Next.js fills the header from the TCP connection, so its last entry is the
 * peer's address.
 */
export function clientAddress(headers: HeaderBag, hops = trustedProxyHops()): string {
  const entries = header(headers, "x-forwarded-for")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const raw = entries[Math.max(0, entries.length - Math.max(1, hops))];
  return normalizeAddress(raw ?? "");
}

/** IPv4 as is; IPv4-mapped IPv6 as IPv4; IPv6 as its /64 network (one subscriber usually holds a whole /64). */
export function normalizeAddress(raw: string): string {
  const address = raw.replace(/^\[|\]$/g, "").replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function expandIPv6(address: string): string[] {
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const middle = address.includes("::") ? Array(8 - left.length - right.length).fill("0") : [];
  return [...left, ...middle, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}
