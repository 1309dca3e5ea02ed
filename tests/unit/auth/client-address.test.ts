import { clientAddress, normalizeAddress, trustedProxyHops } from "@/lib/net/client-address";

describe("clientAddress", () => {
  test("without a trusted proxy: the address Next.js took from the connection (the last entry)", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.4" }, 0)).toBe("198.51.100.4");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientAddress({}, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  test("behind n trusted proxies: the n-th entry from the right; entries a client wrote on the left are ignored", () => {
    const header = { "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.0.0.2" };
    expect(clientAddress(header, 1)).toBe("10.0.0.2");
    expect(clientAddress(header, 2)).toBe("203.0.113.9");
    expect(clientAddress(header, 9)).toBe("1.1.1.1");
  });

  test("IPv6 is keyed by its /64; junk is 'unknown'", () => {
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("[2001:0db8:0001:0002::ffff]")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normalizeAddress("not-an-ip")).toBe("unknown");
    expect(normalizeAddress("1.2.3.4.5")).toBe("unknown");
  });

  test("CADENCE_TRUST_PROXY: unset or invalid means no proxy is trusted", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("yes")).toBe(0);
    expect(trustedProxyHops("-1")).toBe(0);
  });
});
