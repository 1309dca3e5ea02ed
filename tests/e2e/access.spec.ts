import { baseUrl } from "./support/browser";
import { sessionCookie } from "./support/http-session";
import { pageRoutes } from "./support/routes";

// The unsubscribe link works without signing in; its token is the only credential (checked by the page and action).
const PUBLIC = new Set(["/login", "/unsubscribe/does-not-exist"]);
const routes = pageRoutes();
const privateRoutes = routes.filter((r) => !PUBLIC.has(r));
const adminRoutes = routes.filter((r) => r === "/admin" || r.startsWith("/admin/"));

describe("access control, page by page", () => {
  test("the app has the pages this test is meant to cover", () => {
    expect(privateRoutes).toEqual(expect.arrayContaining(["/", "/patients", "/patients/does-not-exist", "/admin"]));
  });

  test.each(privateRoutes)("an anonymous request to %s is sent to the login page", async (route) => {
    const res = await fetch(`${baseUrl()}${route}`, { redirect: "manual" });
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(new URL(res.headers.get("location")!, baseUrl()).pathname).toBe("/login");
  });

  test("an unsubscribe link with a forged token needs no sign-in and says the link is not valid", async () => {
    const res = await fetch(`${baseUrl()}/unsubscribe/does-not-exist`, { redirect: "manual" });
    expect(res.status).toBeLessThan(300);
    expect(await res.text()).toMatch(/not valid|expired|invalid/i);
  });

  describe("signed in as staff", () => {
    let cookie: string;
    beforeAll(async () => {
      cookie = await sessionCookie("reception@cadence.test", "cadence-staff");
    });

    test.each(adminRoutes)("%s answers 403", async (route) => {
      const res = await fetch(`${baseUrl()}${route}`, { redirect: "manual", headers: { cookie } });
      expect(res.status).toBe(403);
    });

    test("a patient that does not exist is a 404", async () => {
      const res = await fetch(`${baseUrl()}/patients/does-not-exist`, { redirect: "manual", headers: { cookie } });
      expect(res.status).toBe(404);
    });
  });
});
