import { openBrowser, screenshot, seriousA11yViolations, signIn, type BrowserSession } from "./support/browser";
import { autoScheduleWithTwoProviders, firstEnabled, sessionRows, SLOW, TEMPLATES } from "./support/use-package";

const STAFF = { email: "reception@cadence.test", password: "cadence-staff" };
// The reception desk's clinics (London Bridge, Manchester) are both on London time.
const CLINIC_ZONE = "Europe/London";

jest.setTimeout(300_000);

function local(instant: Date) {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: CLINIC_ZONE, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { weekday: get("weekday"), date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/** "20261215T090000Z" → Date */
const fromIcs = (v: string) => new Date(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}Z`);

/** The first Tuesday at least a week from now, as a local date: a holiday inside the planning horizon. */
function tuesdayNextWeek(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  while (local(d).weekday !== "Tue") d.setTime(d.getTime() + 86_400_000);
  return local(d).date;
}

describe("Front desk: a new patient from the picker, booked on the days they can come", () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test("register from the patient picker, Use Package with only Tuesday and Thursday mornings and a holiday, Confirm", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);

    // The picker finds no one: "Add … as a new patient" opens the form with the typed name.
    const suffix = Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6);
    const typed = `Nadia Deskwalk${suffix}`;
    await page.getByRole("button", { name: "Book Appointment" }).click();
    await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Use Package" }).click();
    const modal = page.getByRole("dialog", { name: "Use Package" });
    await modal.getByRole("combobox", { name: "Search patients" }).fill(typed);
    const add = modal.getByRole("option", { name: `Add “${typed}” as a new patient` });
    await add.waitFor(SLOW);
    await modal.getByText(`No patient matches “${typed}”.`).waitFor();
    await add.click();
    const form = modal.getByRole("form", { name: "New patient" });
    await form.waitFor(SLOW);
    expect(await form.getByLabel("First name").inputValue()).toBe("Nadia");
    expect(await form.getByLabel("Last name").inputValue()).toBe(`Deskwalk${suffix}`);
    await form.getByLabel("Date of birth").fill("1988-04-21");
    await form.getByLabel("Phone").fill("07700 900812");
    await form.getByLabel("Notes").fill("Works night shifts; mornings only.");
    await screenshot(page, "front-desk-new-patient-inline");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Add patient" }).click();

    // Back in the flow with the patient chosen, notes beside them; a package they may take is assigned.
    await modal.getByRole("button", { name: `Change patient (now Nadia Deskwalk${suffix})` }).waitFor(SLOW);
    await modal.getByText("Works night shifts; mornings only.").first().waitFor();
    const available = modal.getByRole("group", { name: /Available packages/ });
    await available.waitFor(SLOW);
    const template = await firstEnabled(available, TEMPLATES);
    expect(template).not.toBeNull();
    await available.getByRole("radio", { name: template!, exact: true }).check();
    await modal.getByText(/^Checking that/).waitFor({ state: "hidden", ...SLOW });
    await modal.getByRole("button", { name: "Assign package" }).click();
    await modal.getByRole("button", { name: "Auto Schedule" }).waitFor(SLOW);

    // What the patient said: only Tuesdays and Thursdays, only 09:00–12:00, not on one Tuesday.
    const when = modal.getByRole("group", { name: "When can the patient come?" });
    await when.getByText("Works night shifts; mornings only.").waitFor();
    await when.getByRole("checkbox", { name: "Tue" }).click();
    await when.getByRole("checkbox", { name: "Thu" }).click();
    await when.getByRole("radio", { name: "Only these days" }).check();
    await when.getByRole("button", { name: "Add a time window" }).click();
    expect(await when.getByLabel("Window 1 from").inputValue()).toBe("09:00");
    expect(await when.getByLabel("Window 1 until").inputValue()).toBe("12:00");
    await when.getByRole("radio", { name: "Only these times" }).check();
    const holiday = tuesdayNextWeek();
    await when.getByLabel("Add an unavailable date").fill(holiday);
    await when.getByRole("list", { name: "Unavailable dates" }).getByText(holiday).waitFor();
    await when.getByRole("checkbox", { name: /Save these days, times and dates/ }).click();
    await screenshot(page, "front-desk-patient-choices");
    expect(await seriousA11yViolations(page)).toEqual([]);

    const preview = await autoScheduleWithTwoProviders(page, modal);
    const planned = await sessionRows(page, preview).count();
    expect(planned).toBeGreaterThan(0);
    await screenshot(page, "front-desk-preview");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await modal.getByRole("button", { name: "Confirm" }).click();
    await modal.getByText(`Booked ${planned} session${planned === 1 ? "" : "s"} for Nadia Deskwalk${suffix}`).waitFor(SLOW);
    // The Done screen lists what was booked, with Print and .ics.
    const booked = modal.getByRole("list", { name: "Booked sessions" }).getByRole("listitem");
    expect(await booked.count()).toBe(planned);
    for (const text of await booked.allTextContents()) expect(text).toMatch(/^(Tue|Thu), .*\b(09|10|11):\d\d–/);
    await modal.getByRole("link", { name: "Calendar file (.ics)" }).waitFor();
    await screenshot(page, "front-desk-done");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const printHref = await modal.getByRole("link", { name: "Print schedule" }).getAttribute("href");
    const printPage = await browser.context.newPage();
    await printPage.goto(new URL(printHref!, page.url()).toString());
    await printPage.getByRole("heading", { name: template! }).waitFor(SLOW);
    expect(await printPage.getByRole("table").getByRole("row").count()).toBe(planned + 1);
    await printPage.getByText(/Tooley Street|Deansgate/).first().waitFor();
    await printPage.emulateMedia({ media: "print" });
    expect(await printPage.getByRole("navigation").first().isVisible()).toBe(false);
    expect(await printPage.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    await screenshot(printPage, "front-desk-print");
    expect(await seriousA11yViolations(printPage)).toEqual([]);
    await printPage.close();

    // What was booked, as the database has it (the course's .ics is read from the appointments): every session on
    // a Tuesday or Thursday, inside 09:00–12:00 London time, never on the holiday.
    await modal.getByRole("link", { name: "Open patient page" }).click();
    await page.waitForURL(/\/patients\/[^/]+$/, SLOW);
    const card = page.getByTestId("purchase-card").filter({ hasText: template! });
    const href = await card.locator('a[href$="calendar.ics"]').first().getAttribute("href");
    const ics = await (await page.request.get(new URL(href!, page.url()).toString())).text();
    const starts = [...ics.matchAll(/^DTSTART:(\S+)/gm)].map((m) => fromIcs(m[1]));
    const ends = [...ics.matchAll(/^DTEND:(\S+)/gm)].map((m) => fromIcs(m[1]));
    expect(starts).toHaveLength(planned);
    starts.forEach((start, i) => {
      const s = local(start);
      const e = local(ends[i]);
      expect(["Tue", "Thu"]).toContain(s.weekday);
      expect(s.time >= "09:00").toBe(true);
      expect(e.date === s.date && e.time <= "12:00").toBe(true);
      expect(s.date).not.toBe(holiday);
    });

    // Saved for this patient: the details card shows the hard choice.
    await page.getByRole("link", { name: "Edit details" }).click();
    const edit = page.getByRole("form", { name: "Edit patient" });
    await edit.waitFor(SLOW);
    expect(await edit.getByRole("radio", { name: "Only these days" }).isChecked()).toBe(true);
    expect(await edit.getByRole("checkbox", { name: "Tue" }).getAttribute("aria-checked")).toBe("true");
    expect(await edit.getByLabel("First name").isDisabled()).toBe(true);
    await screenshot(page, "front-desk-edit-details");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
