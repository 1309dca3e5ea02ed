import { safeCallbackPath, sameOriginRedirect } from "@/lib/net/safe-callback";

const ORIGIN = "https://cadence.clinic.test";

// Each as the login page receives it (searchParams are already percent-decoded once).
const LEAVING = [
  ["backslash after the slash", "/\\evil.test/"],
  ["two backslashes", "\\\\evil.test"],
  ["tab between the slashes", "/\t/evil.test/"],
  ["newline between the slashes", "/\n/evil.test"],
  ["protocol-relative", "//evil.test/path"],
  ["three slashes", "///evil.test"],
  ["absolute URL elsewhere", "https://other.test/patients"],
  ["same host, other scheme", "http://cadence.clinic.test/"],
  ["same host, other port", "https://cadence.clinic.test:8443/"],
  ["javascript:", "javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["dot segment normalised to //", "/.//evil.test"],
  ["dot-dot segment normalised to //", "/a/..//evil.test"],
  ["user info", "https://cadence.clinic.test@evil.test/"],
  ["not a string", 42],
  ["empty", ""],
  ["too long", `/${"a".repeat(2001)}`],
] as const;

describe("safeCallbackPath", () => {
  test.each(LEAVING)("%s → /", (_name, raw) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe("/");
    expect(safeCallbackPath(raw)).toBe("/");
  });

  test.each([
    ["/patients", "/patients"],
    ["/patients?q=smith&page=2#top", "/patients?q=smith&page=2#top"],
    ["/admin/staff/abc", "/admin/staff/abc"],
    ["/%5Cevil.test", "/%5Cevil.test"],
    ["/a/../calendar", "/calendar"],
    ["calendar", "/calendar"],
    [`${ORIGIN}/calendar?view=week`, "/calendar?view=week"],
  ])("%s stays on the origin as %s", (raw, path) => {
    expect(safeCallbackPath(raw, ORIGIN)).toBe(path);
  });

  test("a percent-encoded backslash reaching the page decoded once is refused, and the raw one stays a path", () => {
    const query = new URLSearchParams("callbackUrl=%2F%5Cevil.test%2F&tab=%2F%09%2Fevil.test%2F");
    expect(safeCallbackPath(query.get("callbackUrl"))).toBe("/");
    expect(safeCallbackPath(query.get("tab"))).toBe("/");
  });
});

describe("sameOriginRedirect (next-auth's redirect callback)", () => {
  test.each(LEAVING)("%s → the app's root", (_name, raw) => {
    if (typeof raw !== "string") return;
    expect(sameOriginRedirect({ url: raw, baseUrl: ORIGIN })).toBe(`${ORIGIN}/`);
  });

  test("paths and absolute URLs of the app keep their path on the app's origin", () => {
    expect(sameOriginRedirect({ url: "/login", baseUrl: ORIGIN })).toBe(`${ORIGIN}/login`);
    expect(sameOriginRedirect({ url: `${ORIGIN}/patients?q=a`, baseUrl: ORIGIN })).toBe(`${ORIGIN}/patients?q=a`);
  });
});
