import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  test("production CSP: nonce and strict-dynamic for scripts, no eval, no inline script, no framing", () => {
    expect(contentSecurityPolicy("abc123", { dev: false, https: false })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  test("dev allows eval and the hot-reload socket; https upgrades insecure requests", () => {
    const dev = contentSecurityPolicy("n", { dev: true, https: false });
    expect(dev).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(dev).toContain("connect-src 'self' ws:");
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  test("HSTS only over https", () => {
    expect(securityHeaders({ https: false })).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    });
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("nonces are 128 random bits, new every time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
