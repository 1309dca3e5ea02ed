import type { Locator, Page } from "playwright-core";
import { baseUrl, openBrowser, screenshot, signIn, type BrowserSession } from "./support/browser";
import { allowHoldingStreams, delayNavigation, holdDataBehind } from "./support/slow-navigation";

// No wait is silent: while a navigation is asked for, the control that started it spins; once the server has
// checked access, the page's skeleton shows until its data streams in.

const STAFF = { email: "reception@cadence.test", password: "cadence-staff" };
const ADMIN = { email: "admin@cadence.test", password: "cadence-admin" };
const HOLD_MS = 2_500;
const DELAY_MS = 2_000;
const SOON = { timeout: 1_500 };
const SLOW = { timeout: 30_000 };

jest.setTimeout(120_000);

const loading = (page: Page, label: string): Locator => page.getByRole("status").filter({ hasText: label });
const pendingMark = (control: Locator): Locator => control.locator("[data-pending]");

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

describe("Loading feedback", () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser();
    await allowHoldingStreams(browser.page);
  });
  afterEach(async () => {
    await browser.close();
  });

  test("the patients list: Next spins while page 2 is asked for, its skeleton shows while it loads, then page 2", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    await page.goto(`${baseUrl()}/patients`);
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.getByText(/^Page 1 of \d+$/).waitFor(SLOW);

    const undelay = await delayNavigation(page, "/patients", DELAY_MS);
    await holdDataBehind(page, { path: "/patients", ms: HOLD_MS });
    const next = pagination.getByRole("link", { name: "Next" });
    await next.click();
    await pendingMark(next).waitFor(SOON);
    const skeleton = loading(page, "Loading patients…");
    await skeleton.waitFor(SLOW);
    // The title stays; the rows are gone until page 2's arrive.
    await page.getByRole("heading", { level: 1, name: "Patients" }).waitFor(SOON);
    expect(await page.getByRole("table").count()).toBe(0);
    await pagination.getByText(/^Page 2 of \d+$/).waitFor(SLOW);
    await skeleton.waitFor({ state: "detached" });
    expect(await page.getByRole("table").getByRole("link").count()).toBeGreaterThan(0);
    await undelay();
  });

  test("a patient's page: the name at once, the records' skeleton while they load, then the records", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    await page.goto(`${baseUrl()}/patients`);
    const first = page.getByRole("table").getByRole("link").first();
    await first.waitFor(SLOW);
    const [last, firstName] = (await first.innerText()).split(", ");

    await holdDataBehind(page, { path: new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname, ms: HOLD_MS });
    await first.click();
    const skeleton = loading(page, "Loading the patient…");
    await skeleton.waitFor(SLOW);
    await page.getByRole("heading", { level: 1, name: `${firstName} ${last}` }).waitFor(SOON);
    expect(await page.getByRole("heading", { name: "Packages" }).count()).toBe(0);
    await page.getByRole("heading", { name: "Packages" }).waitFor(SLOW);
    await skeleton.waitFor({ state: "detached" });
  });

  test("an admin list: paging, sorting and searching each show the skeleton; the search button spins meanwhile", async () => {
    const { page } = browser;
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${baseUrl()}/admin/patients`);
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.getByText(/^Page 1 of \d+$/).waitFor(SLOW);
    const skeleton = loading(page, "Loading patients…");

    await holdDataBehind(page, { path: "/admin/patients", ms: HOLD_MS });
    await pagination.getByRole("link", { name: "Next" }).click();
    await skeleton.waitFor(SLOW);
    await page.getByRole("heading", { level: 1, name: "Patients" }).waitFor(SOON);
    await pagination.getByText(/^Page 2 of \d+$/).waitFor(SLOW);
    await skeleton.waitFor({ state: "detached" });

    await holdDataBehind(page, { path: "/admin/patients", ms: HOLD_MS });
    await page.getByRole("columnheader", { name: "Patient no." }).getByRole("link").click();
    await skeleton.waitFor(SLOW);
    await page.waitForURL(/sort=identifier/);
    await page.getByRole("columnheader", { name: "Patient no." }).waitFor(SLOW);
    expect(await page.getByRole("columnheader", { name: "Patient no." }).getAttribute("aria-sort")).toBe("ascending");
    await skeleton.waitFor({ state: "detached" });

    const undelay = await delayNavigation(page, "/admin/patients", DELAY_MS);
    await holdDataBehind(page, { path: "/admin/patients", ms: HOLD_MS });
    const search = page.getByRole("search");
    await search.getByLabel("Search patients").fill("a");
    const button = search.getByRole("button", { name: "Search" });
    await button.click();
    await pendingMark(button).waitFor(SOON);
    await skeleton.waitFor(SLOW);
    await page.getByRole("heading", { level: 1, name: "Patients" }).waitFor(SOON);
    await page.getByText(/matching “a”/).waitFor(SLOW);
    await skeleton.waitFor({ state: "detached" });
    expect(new URL(page.url()).searchParams.get("q")).toBe("a");
    await undelay();
  });

  test("the main navigation: a section's link spins until its page arrives, in the bar and in the phone menu", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${baseUrl()}/`);
    const bar = page.getByRole("navigation", { name: "Main" });
    const undelay = await delayNavigation(page, "/patients", DELAY_MS);
    const link = bar.getByRole("link", { name: "Patients" });
    await link.click();
    await pendingMark(link).waitFor(SOON);
    await page.waitForURL(/\/patients$/, SLOW);
    await page.getByRole("heading", { level: 1, name: "Patients" }).waitFor(SLOW);
    await pendingMark(link).waitFor({ state: "detached" });

    // On a phone the menu stays open, the tapped link spinning, until the page has changed under it.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    const phoneLink = menu.getByRole("link", { name: "Patients" });
    await phoneLink.click();
    await pendingMark(phoneLink).waitFor(SOON);
    await page.getByRole("heading", { level: 1, name: "Patients" }).waitFor(SLOW);
    await menu.waitFor({ state: "detached" });
    await undelay();
  });

  test("the skeletons on a desk and on a phone: the patient's and a list's, with no sideways scroll", async () => {
    const { page } = browser;
    await signIn(page, ADMIN.email, ADMIN.password);
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl()}/admin/providers`);
      const next = page.getByRole("columnheader", { name: "Name" }).getByRole("link");
      await next.waitFor(SLOW);
      await holdDataBehind(page, { path: "/admin/providers", ms: HOLD_MS });
      await next.click();
      await loading(page, "Loading providers…").waitFor(SLOW);
      await noSidewaysScroll(page);
      await screenshot(page, `loading-admin-list-${width}`);
      await loading(page, "Loading providers…").waitFor({ state: "detached", ...SLOW });

      await page.goto(`${baseUrl()}/patients`);
      const first = page.getByRole("table").getByRole("link").first();
      await first.waitFor(SLOW);
      await holdDataBehind(page, { path: new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname, ms: HOLD_MS });
      await first.click();
      await loading(page, "Loading the patient…").waitFor(SLOW);
      await noSidewaysScroll(page);
      await screenshot(page, `loading-patient-${width}`);
      await loading(page, "Loading the patient…").waitFor({ state: "detached", ...SLOW });
    }
  });
});
