import type { Locator, Page } from "playwright-core";
import { baseUrl, screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { ADMIN } from "./support/logins";
import { escape, firstEnabled, SLOW, TEMPLATES } from "./support/use-package";

// Embedded mode without SMTP_URL: a booked course's confirmation lands in the local outbox (/admin/messages),
// with its .ics, and the patient page shows it as sent.

jest.setTimeout(240_000);

describe("patient messages", () => {
  const browser = useBrowser(ADMIN);

  test("book a course → the confirmation (with its .ics) is in /admin/messages, marked not sent (no SMTP), and 'sent' on the patient page", async () => {
    const { page } = browser;
    const { patientUrl, patientName, template } = await bookCourseForPatientWithEmail(page);

    // The patient page: the course confirmation, sent (the in-app worker polls every few seconds).
    const messages = page.getByRole("table", { name: "Messages to this patient" });
    // Newest first: this booking's confirmation is the first row (queued until the dispatcher's next tick).
    const newest = messages.getByRole("row").filter({ hasText: "Course confirmation" }).first();
    // The page does not refresh itself: reload until the row says sent (waiting for it each time, not sleeping).
    for (let i = 0; i < 15; i++) {
      const sent = await newest.getByText("sent", { exact: true }).waitFor({ timeout: 2_000 }).then(() => true, () => false);
      if (sent) break;
      await page.goto(patientUrl);
    }
    await newest.getByText("sent", { exact: true }).waitFor({ timeout: 5_000 });
    await newest.getByText("local outbox — not sent: no SMTP configured").waitFor({ timeout: 5_000 });
    await screenshot(page, "notifications-patient-page");

    // The calendar: a session of this course says what became of the course's confirmation, linked for admins.
    const details = await openCourseSessionInCalendar(page, patientName, template);
    const confirmation = details.getByRole("link", { name: /^Course confirmation kept in the local outbox — not sent: no SMTP configured \(.+\d\d:\d\d\)$/ });
    await confirmation.waitFor(SLOW);
    expect(await confirmation.getAttribute("href")).toMatch(/^\/admin\/messages\/[\w-]+$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "notifications-calendar-dialog");

    // The local outbox.
    await page.goto(`${baseUrl()}/admin/messages`);
    await page.getByText("Not sent: no SMTP configured", { exact: true }).waitFor(SLOW);
    const outboxRow = page.getByRole("row").filter({ hasText: patientName }).filter({ hasText: "Course confirmation" }).first();
    await outboxRow.getByText("with calendar file (.ics)").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "notifications-admin-outbox");
    await outboxRow.getByRole("link", { name: "Course confirmation" }).click();
    await page.getByRole("heading", { name: /^Booked: your \d+ .+ sessions at / }).waitFor(SLOW);
    const attachment = page.getByRole("link", { name: /\.ics$/ });
    const href = await attachment.getAttribute("href");
    const ics = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("METHOD:REQUEST");
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(0);
    // (No axe run here: the e-mail is shown in a sandboxed iframe, into which axe cannot inject and waits forever.)
    await screenshot(page, "notifications-admin-message");
  });
});

/** Finds a patient with an e-mail address and an assignable template, and books the course from their page. */
async function bookCourseForPatientWithEmail(page: Page): Promise<{ patientUrl: string; patientName: string; template: string }> {
  await page.goto(`${baseUrl()}/patients?q=an`);
  const links = page.getByRole("table").getByRole("link");
  await links.first().waitFor(SLOW);
  const hrefs = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).slice(0, 20);
  for (const href of hrefs) {
    await page.goto(href);
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor(SLOW);
    const patientName = ((await heading.textContent()) ?? "").trim();
    const email = await page.locator("dt", { hasText: "Email" }).locator("xpath=following-sibling::dd[1]").textContent();
    if (!email?.includes("@") || email.includes("Opted out")) continue;
    await page.getByRole("button", { name: "Book Appointment" }).click();
    await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Use Package" }).click();
    const modal = page.getByRole("dialog", { name: "Use Package" });
    const available = modal.getByRole("group", { name: /Available packages/ });
    // A patient earlier runs used up (no template left to assign): try the next one.
    const shown = await available.waitFor({ timeout: 15_000 }).then(() => true, () => false);
    const template = shown ? await firstEnabled(available, TEMPLATES) : null;
    if (!template) continue;
    await available.getByRole("radio", { name: template, exact: true }).check();
    await modal.getByText(/^Checking that/).waitFor({ state: "hidden", ...SLOW });
    await modal.getByRole("button", { name: "Assign package" }).click();
    const autoSchedule = modal.getByRole("button", { name: "Auto Schedule" });
    await autoSchedule.waitFor(SLOW);
    await page.waitForFunction(() => !document.body.textContent?.includes("Updating providers"));
    await autoSchedule.click();
    await modal.getByRole("region", { name: /Proposed sessions/ }).getByRole("table").waitFor(SLOW);
    await modal.getByRole("button", { name: "Confirm" }).click();
    await modal.getByText(/^Booked \d+ sessions? for /).waitFor(SLOW);
    await page.keyboard.press("Escape");
    await page.goto(href);
    return { patientUrl: href, patientName, template };
  }
  throw new Error("No patient with an e-mail address and an assignable package was found.");
}

/**
 * Walks the admin's clinics and the weeks from this one, opening the patient's sessions of the package until one's
 * dialog mentions the course confirmation (the patient may have older sessions of the same package); returns it.
 */
async function openCourseSessionInCalendar(page: Page, patientName: string, template: string): Promise<Locator> {
  // Wide, so that more overlapping appointments get a lane of their own.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseUrl()}/calendar`);
  // Laid out: every column has measured its width (overlaps that do not fit are behind "+N more" from then on).
  const grid = page.getByRole("region", { name: "Appointments" }).filter({ hasNot: page.locator('[aria-busy="true"]') });
  await grid.waitFor(SLOW);
  const clinics = await page.locator('ul[aria-label="Clinic"] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  // The clinic's own clock: "09:00" in London, "9:00 AM" in New York.
  const name = new RegExp(`^\\d{1,2}:\\d\\d(?: [AP]M)? ${escape(patientName)} — .+, package ${escape(template)}\\)$`);
  for (const clinic of clinics.length > 0 ? clinics : [page.url()]) {
    await page.goto(clinic);
    await grid.waitFor(SLOW);
    for (let week = 0; week < 4; week++) {
      if (week > 0) {
        await page.goto(new URL((await page.getByRole("link", { name: "Next week" }).getAttribute("href"))!, page.url()).toString());
        await grid.waitFor(SLOW);
      }
      const details = page.getByRole("dialog", { name: new RegExp(`^${escape(patientName)} — `) });
      const confirmed = async (): Promise<boolean> => {
        await details.waitFor();
        await details.getByText("Messages", { exact: true }).waitFor();
        if ((await details.getByText(/^Course confirmation /).count()) > 0) return true;
        await page.keyboard.press("Escape");
        await details.waitFor({ state: "hidden" });
        return false;
      };
      for (const block of await grid.getByRole("button", { name }).all()) {
        await block.click();
        if (await confirmed()) return details;
      }
      // Overlaps beyond the lanes that fit are listed behind "+N more".
      for (const more of await grid.getByRole("button", { name: /^\+\d+ more appointments, / }).all()) {
        await more.scrollIntoViewIfNeeded();
        await more.click();
        const list = page.getByRole("dialog", { name: /^Appointments \d{1,2}:\d\d/ });
        if (!(await list.waitFor({ timeout: 5_000 }).then(() => true, () => false))) continue;
        const row = list.getByRole("button", { name }).first();
        if ((await row.count()) === 0) {
          await page.keyboard.press("Escape");
          await list.waitFor({ state: "hidden" });
          continue;
        }
        await row.click();
        if (await confirmed()) return details;
      }
    }
  }
  throw new Error(`No session of ${template} for ${patientName} found in the calendar.`);
}
