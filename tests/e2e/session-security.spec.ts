import { baseUrl, screenshot, seriousA11yViolations, signIn, useBrowser, useSharedBrowser } from "./support/browser";
import { sessionCookie } from "./support/http-session";
import { ADMIN, NEW_YORK_STAFF, STAFF } from "./support/logins";

// Callback URLs that once sent the browser to another site, as they appear in a link.
const LEAVING = ["%2F%5Cevil.test%2F", "%2F%09%2Fevil.test%2F", "%2F%2Fevil.test%2F", "https%3A%2F%2Fother.test%2F", "%2F.%2F%2Fevil.test", "%5C%5Cevil.test"];

const origin = () => new URL(baseUrl()).origin;

/** Status and Location of a page requested with a cookie, without following redirects. */
async function pageWith(cookie: string, path = "/"): Promise<{ status: number; location: string | null }> {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual", headers: { cookie } });
  return { status: res.status, location: res.headers.get("location") };
}

describe("redirects stay on Cadence", () => {
  const browser = useSharedBrowser();

  test("signing in from a link with a foreign callback URL lands on Cadence's home", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/login?callbackUrl=${LEAVING[0]}`);
    await page.getByLabel("Email").fill(STAFF.email);
    await page.getByLabel("Password").fill(STAFF.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect(new URL(page.url()).origin).toBe(origin());
    expect(new URL(page.url()).pathname).toBe("/");
  });

  test.each(LEAVING)("signed in, /login?callbackUrl=%s keeps Chromium on the app's origin", async (callback) => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/login?callbackUrl=${callback}`);
    await page.waitForLoadState("load");
    expect(new URL(page.url()).origin).toBe(origin());
    expect(new URL(page.url()).pathname).toBe("/");
  });

  test("a same-origin callback still works", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/login?callbackUrl=%2Fpatients%3Fq%3Da`);
    await page.waitForURL("**/patients?q=a");
    expect(new URL(page.url()).origin).toBe(origin());
  });

  test("next-auth's sign-out answers a foreign callback with a URL on the app", async () => {
    const cookie = await sessionCookie(NEW_YORK_STAFF.email, NEW_YORK_STAFF.password);
    const csrf = (await (await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } })).json()) as { csrfToken: string };
    for (const callbackUrl of ["/\\evil.test/", "//evil.test/", "https://other.test/", "/\t/evil.test/"]) {
      const res = await fetch(`${baseUrl()}/api/auth/signout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl, json: "true" }),
      });
      const { url } = (await res.json()) as { url: string };
      expect(new URL(url).origin).toBe(origin());
      expect(new URL(url).pathname).toBe("/");
    }
  });
});

describe("ending sessions", () => {
  const browser = useBrowser();

  test("after signing out, a copy of the old session cookie no longer opens pages; the browser stays on this host", async () => {
    const { page, context } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    const copy = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    expect(await pageWith(copy)).toMatchObject({ status: 200 });

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL("**/login");
    expect(new URL(page.url()).origin).toBe(origin());

    const reused = await pageWith(copy);
    expect(reused.status).toBe(307);
    expect(reused.location).toMatch(/\/login/);
  });

  test("sign out everywhere, from the user menu, ends the user's sessions on other computers too", async () => {
    const { page } = browser;
    const otherComputer = await sessionCookie(NEW_YORK_STAFF.email, NEW_YORK_STAFF.password);
    expect(await pageWith(otherComputer, "/patients")).toMatchObject({ status: 200 });

    await signIn(page, NEW_YORK_STAFF.email, NEW_YORK_STAFF.password);
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("button", { name: "Sign out everywhere" }).waitFor();
    await screenshot(page, "user-menu");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL("**/login");
    expect(new URL(page.url()).origin).toBe(origin());

    const reused = await pageWith(otherComputer, "/patients");
    expect(reused.status).toBe(307);
    expect(reused.location).toMatch(/\/login/);
  });
});

describe("a locked account", () => {
  const browser = useSharedBrowser();

  test("wrong passwords lock it; an admin sees the lock on the staff page and lifts it", async () => {
    const { page } = browser;
    // An account of the test's own (no other spec signs in with it), made through the admin's form.
    const stamp = Date.now().toString(36);
    const account = { name: `Lock Test ${stamp}`, email: `lock-test-${stamp}@example.com`, password: `lock-test-password-${stamp}` };
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${baseUrl()}/admin/staff/new`);
    await page.getByLabel("Name", { exact: true }).fill(account.name);
    await page.getByLabel("Email", { exact: true }).fill(account.email);
    await page.getByLabel("Initial password").fill(account.password);
    await page.getByRole("group", { name: "Clinics" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/staff");
    await page.context().clearCookies();

    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel("Email").fill(account.email);
    // Five wrong passwords, then even the right one is refused.
    const refused = page.getByText(/Too many failed attempts\. Try again in \d+ (seconds|minutes?)\./);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Password").fill(`not-the-password-${i}`);
      const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
      await page.getByRole("button", { name: "Sign in" }).click();
      await answered;
      await page.getByRole("button", { name: "Sign in" }).and(page.locator(":enabled")).waitFor();
    }
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await refused.waitFor();

    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${baseUrl()}/admin/staff?q=${encodeURIComponent(account.email)}`);
    await page.getByRole("link", { name: account.name }).click();
    await page.getByText("Sign-in locked").waitFor();
    await screenshot(page, "staff-locked");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Unlock sign-in" }).click();
    await page.getByText(`${account.name} can sign in again now.`).waitFor();
    await page.getByText("Sign-in locked").waitFor({ state: "detached" });

    await page.goto(`${baseUrl()}/account`);
    await page.getByRole("heading", { name: "Your account" }).waitFor();
    await screenshot(page, "account");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await expect(sessionCookie(account.email, account.password)).resolves.toContain("session-token");
  });
});
