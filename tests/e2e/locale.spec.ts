import type { Page } from "playwright-core";
import { baseUrl, openBrowser, screenshot, seriousA11yViolations, signIn, type BrowserSession } from "./support/browser";
import { calendarPopover, openCalendar } from "./support/date-picker";
import { firstEnabled, sessionRows, SLOW } from "./support/use-package";

// Locale per clinic (docs/locale.md): the New York desk sees dollars and the hour cycle its user chose — 24 h here,
// against en-US's own 12 h, so the choice is what is proven — in the Use Package modal, the preview, the calendar,
// the patient page and the course's .ics summary; then 12 h. And the date picker, open, on a desktop and a phone.

const NEW_YORK_DESK = { email: "frontdesk.ny@cadence.test", password: "cadence-staff" };
const NY_TEMPLATES = ["Physio Recovery 6 (New York)", "Sports Massage 5 (New York)", "Acupuncture Course 8 (New York)", "Laser Therapy 6 (New York)"];
const SHOTS = process.env.E2E_SHOTS_DIR;
// Intl writes "5:00 PM" with a narrow no-break space.
const plain = (s: string | null) => (s ?? "").replace(/[\u202f\u00a0]/g, " ");
const H12 = /\b(1[0-2]|[1-9]):[0-5]\d (AM|PM)\b/;

jest.setTimeout(300_000);

async function chooseHourCycle(page: Page, label: "24-hour clock" | "12-hour clock" | "As each clinic writes it") {
  await page.goto(`${baseUrl()}/account`);
  await page.getByRole("radio", { name: new RegExp(label) }).check();
  await page.getByRole("button", { name: "Save time format" }).click();
  await page.getByText("Time format saved.").waitFor();
}

/** A New York patient with a course to come: the first one in the patient list whose page offers its .ics. */
async function newYorkCourse(page: Page): Promise<{ patientPath: string; icsPath: string }> {
  for (let n = 1; n <= 20; n += 1) {
    await page.goto(`${baseUrl()}/patients?page=${n}`);
    const hrefs = await page.locator("tr", { hasText: "New York" }).locator('a[href^="/patients/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const href of hrefs) {
      const html = await (await page.request.get(`${baseUrl()}${href}`)).text();
      const ics = /\/patients\/[^/"?]+\/courses\/[^/"?]+\/calendar\.ics/.exec(html);
      if (ics) return { patientPath: href, icsPath: ics[0] };
    }
  }
  throw new Error("The demo data has no New York course with sessions to come.");
}

const icsSummaries = async (page: Page, path: string) =>
  (await (await page.request.get(`${baseUrl()}${path}`)).text())
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l.startsWith("SUMMARY:"));

describe("Locale per clinic: the New York desk", () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
    await signIn(browser.page, NEW_YORK_DESK.email, NEW_YORK_DESK.password);
  });
  afterAll(async () => {
    if (browser) await chooseHourCycle(browser.page, "As each clinic writes it").catch(() => undefined);
    await browser?.close();
  });

  test("dollars and the chosen 24-hour clock in the modal, the preview, the calendar, the patient page and the .ics", async () => {
    const { page } = browser;
    await chooseHourCycle(page, "24-hour clock");

    // Use Package: New York's templates in dollars; London's pound templates disabled with the reason.
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("button", { name: "Book Appointment" }).click();
    await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Use Package" }).click();
    const modal = page.getByRole("dialog", { name: "Use Package" });
    const available = modal.getByRole("group", { name: /Available packages/ });
    let template: string | null = null;
    for (let i = 0; template === null && i < 10; i++) {
      await modal.getByRole("combobox", { name: "Search patients" }).fill("an");
      await modal.getByRole("listbox", { name: "Matching patients" }).getByRole("option").nth(i).click(SLOW);
      await available.waitFor(SLOW);
      template = await firstEnabled(available, NY_TEMPLATES);
      if (template === null) await modal.getByRole("button", { name: /^Change patient/ }).click();
    }
    expect(template).not.toBeNull();
    const packages = (await available.textContent()) ?? "";
    expect(packages).toMatch(/\$\d{3}/);
    expect(packages).toContain("Priced in GBP: Cadence Clinic — New York sells in USD.");
    expect(await available.getByRole("radio", { name: "Physio Recovery 6", exact: true }).isDisabled()).toBe(true);
    await available.getByRole("radio", { name: template!, exact: true }).check();
    await modal.getByText(/^Checking that/).waitFor({ state: "hidden", ...SLOW });
    await modal.getByRole("button", { name: "Assign package" }).click();
    await modal.getByRole("button", { name: "Auto Schedule" }).waitFor(SLOW);

    // The preview: New York wall-clock times on a 24-hour clock, with EST/EDT.
    // The default clinic and providers are enough: what matters here is how the times are written.
    await modal.getByRole("button", { name: "Auto Schedule" }).click();
    const preview = modal.getByRole("region", { name: /Proposed sessions/ });
    await preview.getByRole("table").waitFor(SLOW);
    const first = plain(await sessionRows(page, preview).first().textContent());
    expect(first).toMatch(/([01]\d|2[0-3]):[0-5]\d–([01]\d|2[0-3]):[0-5]\d E[SD]T/);
    expect(first).not.toMatch(/AM|PM/);
    await page.keyboard.press("Escape");

    // The calendar: its hour gutter and blocks on the 24-hour clock.
    await page.goto(`${baseUrl()}/calendar?view=week`);
    // The board streams in behind its skeleton: read it once it is there.
    await page.getByRole("region", { name: "Appointments" }).waitFor(SLOW);
    const board = plain(await page.locator("main").textContent());
    expect(board).toMatch(/07:00/);
    expect(board).not.toMatch(H12);

    // The patient page and the course's calendar file.
    const course = await newYorkCourse(page);
    await page.goto(`${baseUrl()}${course.patientPath}`);
    const upcoming = page.getByRole("table").filter({ has: page.locator("caption", { hasText: "Upcoming appointments" }) });
    const when = plain(await upcoming.getByRole("row").nth(1).getByRole("cell").first().textContent());
    expect(when).toMatch(/^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}, ([01]\d|2[0-3]):[0-5]\d E[SD]T$/); // en-US date, 24 h
    expect(plain(await page.locator("main").textContent())).toMatch(/Assigned [A-Z][a-z]{2} \d{1,2}, \d{4} · \$\d/);
    const summaries24 = await icsSummaries(page, course.icsPath);
    expect(summaries24.length).toBeGreaterThan(0);
    for (const s of summaries24) expect(plain(s)).toMatch(/^SUMMARY:.+ ([01]\d|2[0-3]):[0-5]\d E[SD]T — Cadence Clinic — New York$/);

    // 12 h: the same screens follow at once.
    await chooseHourCycle(page, "12-hour clock");
    await page.goto(`${baseUrl()}${course.patientPath}`);
    expect(plain(await upcoming.getByRole("row").nth(1).getByRole("cell").first().textContent())).toMatch(H12);
    for (const s of await icsSummaries(page, course.icsPath)) expect(plain(s)).toMatch(/^SUMMARY:.+ (1[0-2]|[1-9]):[0-5]\d (AM|PM) E[SD]T — /);
    await page.goto(`${baseUrl()}/calendar?view=week`);
    await page.getByRole("region", { name: "Appointments" }).waitFor(SLOW);
    expect(plain(await page.locator("main").textContent())).toMatch(/7:00 AM/);
    expect(plain(await page.locator("main").textContent())).not.toMatch(/07:00/);
  });

  test.each([
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const)("the date picker, open on the calendar (%s): a date in words, keyboard, axe clean", async (name, size) => {
    const { page } = browser;
    await page.setViewportSize(size);
    await page.goto(`${baseUrl()}/calendar`);
    const trigger = page.locator("#calendar-date");
    expect(plain(await trigger.textContent())).toMatch(/^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}$|^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    const dialog = calendarPopover(page);
    await openCalendar(page, trigger);
    // The chosen day has focus; the arrow keys move it, Enter picks, the form carries ISO.
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => document.activeElement?.closest("[data-day]")?.getAttribute("data-day") ?? null);
    expect(focused).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/date-picker-${name}.png` });
    else await screenshot(page, `date-picker-${name}`);
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.locator('input[type="hidden"][name="date"]').inputValue()).toBe(focused);
  });
});
