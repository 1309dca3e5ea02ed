import { baseUrl, screenshot, seriousA11yViolations, signIn, useBrowser } from "./support/browser";
import { ADMIN, STAFF } from "./support/logins";

describe("signing in and finding a patient", () => {
  const browser = useBrowser();

  test("an anonymous visitor is sent to the login page, which is accessible", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/patients`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByRole("heading", { name: "Sign in to Cadence" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "login");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("a wrong password gets a clear message and no session", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Email or password is incorrect.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  test("an empty form is answered on the fields, without a request", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Enter your email address.").waitFor();
    await page.getByText("Enter your password.").waitFor();
  });

  test("the admin signs in, searches for a patient and sees their packages", async () => {
    const { page } = browser;
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole("link", { name: "Patients" }).click();
    await page.waitForURL("**/patients");
    await screenshot(page, "patients");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A seeded patient who holds a package: open them from the list.
    const firstWithPackage = page.locator("tr", { hasText: "active" }).first().getByRole("link");
    const name = (await firstWithPackage.textContent())!.trim();
    const lastName = name.split(",")[0];
    await page.getByLabel("Search patients").fill(lastName);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=/);
    await page.getByRole("link", { name }).first().click();
    await page.getByRole("heading", { name: "Packages" }).waitFor();
    expect(await page.getByTestId("purchase-card").count()).toBeGreaterThan(0);
    await expect(page.getByTestId("purchase-card").first().textContent()).resolves.toMatch(/of \d+ left/);
    await screenshot(page, "patient");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("staff cannot open the admin area; an unknown page is a 404", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    const admin = await page.goto(`${baseUrl()}/admin`);
    expect(admin?.status()).toBe(403);
    await page.getByText("You don't have access to this page").waitFor();
    const missing = await page.goto(`${baseUrl()}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await page.getByRole("heading", { name: "This page does not exist" }).waitFor();
  });

  test("signing out ends the session", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/login**");
    await page.goto(`${baseUrl()}/`);
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
