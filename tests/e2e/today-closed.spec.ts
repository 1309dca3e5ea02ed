import type { Response } from "playwright-core";
import { baseUrl, screenshot, seriousA11yViolations, signIn, useBrowser } from "./support/browser";
import { ADMIN } from "./support/logins";
import { pickDate } from "./support/date-picker";

const ZONE = "Europe/London"; // a new clinic's default zone

/** A local date in `zone`, `YYYY-MM-DD`. */
function localDate(instant: Date, zone: string): string {
  return instant.toLocaleDateString("en-CA", { timeZone: zone });
}

/** The first date after `date` from Monday to Friday (a new clinic's default hours), `YYYY-MM-DD`. */
function nextWeekday(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
  return d.toISOString().slice(0, 10);
}

describe("Today on a day the clinic is closed", () => {
  const browser = useBrowser();

  test("says the clinic is closed, why, and links its next open day; no request 404s (favicon included)", async () => {
    const { page } = browser;
    const missing: string[] = [];
    page.on("response", (r: Response) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await signIn(page, ADMIN.email, ADMIN.password);

    // A clinic of its own (Monday–Friday 09:00–17:00 by default), closed today for training.
    const name = `Closed-day clinic ${Date.now().toString(36)}`;
    const today = localDate(new Date(), ZONE);
    await page.goto(`${baseUrl()}/admin/clinics/new`);
    const form = page.getByRole("form", { name: "New clinic" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByRole("button", { name: "Add closure" }).click();
    await pickDate(page, form.getByLabel("Closure 1 date"), today);
    await form.getByLabel("Closure 1 reason").fill("Staff training");
    await form.getByRole("button", { name: "Create clinic" }).click();
    await page.waitForURL((u) => u.pathname === "/admin/clinics");

    // With this clinic the admin has more than three: Today shows one clinic's day at a time, chosen by name with
    // each clinic's count. Chosen here, this one says it is closed and when it opens next.
    await page.goto(`${baseUrl()}/`);
    const chooser = page.getByLabel(/^Clinic \(one of \d+\)$/);
    const option = chooser.locator("option", { hasText: `${name} · 0 appointments` });
    const clinicId = (await option.getAttribute("value"))!;
    await chooser.selectOption(clinicId);
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("clinic") === clinicId);
    await page.getByText(`${name} is closed today (Staff training).`).waitFor();
    const next = nextWeekday(today);
    const nextDay = new Date(`${next}T12:00:00Z`).toLocaleDateString("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
    await page.getByText(`It next opens on ${nextDay} at 09:00.`).waitFor();
    await screenshot(page, "today-clinic-closed");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The date links to that day in the calendar, at this clinic.
    const card = page.locator("div", { hasText: `${name} is closed today` }).last();
    await card.getByRole("link", { name: nextDay, exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/calendar" && u.searchParams.get("date") === next && u.searchParams.get("view") === "day");
    await page.getByText(name, { exact: false }).first().waitFor();

    // The favicon is linked and served (a missing one is a console 404 on every page).
    const icon = await page.locator("link[rel=icon]").first().getAttribute("href");
    expect(icon).toBeTruthy();
    expect((await page.request.get(new URL(icon!, baseUrl()).toString())).status()).toBe(200);
    expect(missing).toEqual([]);
  });
});
