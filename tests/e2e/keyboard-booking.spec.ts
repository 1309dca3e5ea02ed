import type { Locator } from "playwright-core";
import { queryAppDatabase } from "./support/app-database";
import { baseUrl, signIn, useBrowser } from "./support/browser";
import { goToWeek, openCalendar } from "./support/calendar";
import { dialogViolations, expectFocusOn, focused, shot, tabTo } from "./support/keyboard";
import { chooseClinicWithTwoProviders, choosePatientAndTemplate, chooseTwoProviders } from "./support/keyboard-use-package";
import { STAFF } from "./support/logins";
import { SLOW, escape } from "./support/use-package";
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

jest.setTimeout(180_000);

// After sign-in nothing is clicked: every step is a key press (Tab, Shift+Tab, arrows, Enter, Space, Escape, typing).
describe("Keyboard alone: Use Package from the first Tab to the Done screen", () => {
  const browser = useBrowser();

  test.each(Object.keys(SIZES) as (keyof typeof SIZES)[])("%s: patient, package, clinic, providers, Auto Schedule, Move, Remove, Confirm", async (size) => {
    const { page } = browser;
    await page.setViewportSize(SIZES[size]);
    await signIn(page, STAFF.email, STAFF.password);
    const problems: string[] = [];
    const judge = async (step: string, dialog: Locator) => {
      problems.push(...(await dialogViolations(page, dialog)).map((v) => `${step}: ${v}`));
      await shot(page, `${size}-${step}`);
    };

    // From the top of the page: Tab to Book Appointment, Enter opens the chooser with focus inside it.
    await page.getByRole("button", { name: "Book Appointment" }).waitFor();
    await tabTo(page, /^Book Appointment$/);
    await page.keyboard.press("Enter");
    const chooser = page.getByRole("dialog", { name: "Book Appointment" });
    await chooser.waitFor();
    const first = await expectFocusOn(page, /./);
    expect(first.inDialog).toBe("Book Appointment");
    await judge("chooser", chooser);
    if (!/^Use Package/.test(first.name)) await tabTo(page, /^Use Package/);
    await page.keyboard.press("Enter");

    // Patient: focus starts in the search box; type, arrow to a patient, Enter.
    const modal = page.getByRole("dialog", { name: "Use Package" });
    await modal.waitFor();
    await expectFocusOn(page, /^Search patients$/);
    await judge("patient", modal);
    const { patientName, template } = await choosePatientAndTemplate(page, modal);
    await judge("package", modal);

    // Assign: Tab to the button, Enter. The schedule step puts focus on its first control, the first clinic.
    await modal.getByText(/^Checking that/).waitFor({ state: "hidden", ...SLOW });
    await tabTo(page, /^Assign package$/);
    await page.keyboard.press("Enter");
    const clinics = modal.getByRole("group", { name: "Clinics" });
    await clinics.waitFor(SLOW);
    await modal.getByText(template, { exact: true }).waitFor();
    const firstClinic = (await clinics.getByRole("checkbox").first().getAttribute("id"))!;
    expect((await expectFocusOn(page, /./, 60_000)).id).toBe(firstClinic);
    await judge("schedule", modal);

    await chooseClinicWithTwoProviders(page, modal);
    const providerNames = await chooseTwoProviders(page, modal);
    await judge("providers-chosen", modal);

    // Auto Schedule: focus lands on the preview's heading.
    await tabTo(page, /^Auto Schedule$/);
    await page.keyboard.press("Enter");
    const heading = await expectFocusOn(page, /^Proposed sessions \(\d+\)$/, 60_000);
    const planned = Number(/\((\d+)\)/.exec(heading.name)![1]);
    expect(planned).toBeGreaterThanOrEqual(2);
    const moves = modal.getByRole("button", { name: /^Move session \d+:/ }).filter({ visible: true });
    expect(await moves.count()).toBe(planned);
    for (const label of await moves.evaluateAll((els) => els.map((el) => el.closest("tr, li")?.textContent ?? ""))) {
      expect(providerNames.some((name) => label.includes(name))).toBe(true);
    }
    await judge("preview", modal);

    // Move: Tab to session 1's Move, Enter opens the list with focus on its first time, arrows, Enter picks; focus
    // follows the session to its new place.
    await tabTo(page, /^Move session 1:/);
    await page.keyboard.press("Enter");
    const list = page.getByRole("listbox", { name: /^Move session 1/ });
    await list.getByRole("option").first().waitFor(SLOW);
    const option = await expectFocusOn(page, /, with /, 60_000);
    expect(option.role).toBe("option");
    await judge("move-list", modal);
    if ((await list.getByRole("option").count()) > 1) {
      await page.keyboard.press("ArrowDown");
      expect((await expectFocusOn(page, /, with /)).name).not.toBe(option.name);
    }
    const target = await focused(page);
    const day = await list.locator('[role="option"]:focus').evaluate((el) => el.closest('[role="group"]')!.querySelector("[data-day-heading]")!.textContent!);
    const time = /^(\d\d:\d\d–\d\d:\d\d)/.exec(target.name)![1];
    await page.keyboard.press("Enter");
    await list.waitFor({ state: "detached" });
    const moved = await expectFocusOn(page, new RegExp(`^Move session \\d+: .*${escape(day)} ${escape(time)}( \\S+)?$`));
    expect(await moves.count()).toBe(planned);

    // Remove another session (Tab goes past the moved one's own Remove): focus goes to the heading.
    const movedNumber = /^Move session (\d+):/.exec(moved.name)![1];
    const removed = await tabTo(page, new RegExp(`^Remove session (?!${movedNumber}:)\\d+:`), { back: movedNumber !== "1" });
    await page.keyboard.press("Enter");
    await expectFocusOn(page, new RegExp(`^Proposed sessions \\(${planned - 1}\\)$`));
    expect(await moves.count()).toBe(planned - 1);
    expect(await modal.getByRole("button", { name: removed.name }).count()).toBe(0);
    await judge("removed", modal);

    // Confirm: the Done screen's heading takes focus.
    await tabTo(page, /^Confirm$/);
    await page.keyboard.press("Enter");
    const booked = planned - 1;
    await expectFocusOn(page, new RegExp(`^Booked ${booked} sessions? for ${escape(patientName)}$`), 60_000);
    const bookedList = modal.getByRole("list", { name: "Booked sessions" }).getByRole("listitem");
    expect(await bookedList.count()).toBe(booked);
    await bookedList.filter({ hasText: `${day}, ${time}` }).first().waitFor();
    await judge("done", modal);

    // What was booked, as the server has it: the course's calendar file (read from the appointments) and, on the
    // PostgreSQL tier, the appointments themselves.
    const ics = (await modal.getByRole("link", { name: "Calendar file (.ics)" }).getAttribute("href"))!;
    const purchaseId = decodeURIComponent(/\/courses\/([^/]+)\/calendar\.ics$/.exec(ics)![1]);
    const calendar = await (await page.request.get(new URL(ics, baseUrl()).toString())).text();
    expect([...calendar.matchAll(/^DTSTART:/gm)]).toHaveLength(booked);
    const inDatabase = await scheduledAppointments(purchaseId);
    if (process.env.E2E_DATABASE_URL) expect(inDatabase).toBe(booked);

    // Escape closes the dialog and focus returns to Book Appointment.
    await page.keyboard.press("Escape");
    await modal.waitFor({ state: "detached" });
    await expectFocusOn(page, /^Book Appointment$/);
    expect(problems).toEqual([]);
  });
});

describe("Keyboard alone: an appointment's actions from the calendar", () => {
  const browser = useBrowser();

  test("Enter opens a block's dialog, Tab reaches Reschedule, Escape closes each dialog and focus goes back", async () => {
    const { page } = browser;
    await page.setViewportSize(SIZES.desktop);
    await signIn(page, STAFF.email, STAFF.password);
    // Next week: its scheduled appointments can all be rescheduled.
    const grid = await openCalendar(page);
    await goToWeek(page, grid, "Next week");
    const block = grid.getByRole("button", { name: /^\d\d:\d\d .+ — .+ \(Scheduled/ }).first();
    const label = (await block.getAttribute("aria-label"))!;
    const [, patient, service] = /^\d\d:\d\d (.+?) — (.+?) · /.exec(label)!;

    // The starting point: focus put on the block, then Shift+Tab and Tab, so the keyboard brings it there.
    await block.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expectFocusOn(page, new RegExp(`^${escape(label)}$`));
    await page.keyboard.press("Enter");
    const details = page.getByRole("dialog", { name: `${patient} — ${service}` });
    await details.waitFor(SLOW);
    expect((await expectFocusOn(page, /./)).inDialog).toBe(`${patient} — ${service}`);
    await tabTo(page, /^Reschedule$/);
    expect(await dialogViolations(page, details)).toEqual([]);

    // Reschedule opens its own dialog with focus inside; Escape closes it back to the Reschedule button.
    await page.keyboard.press("Enter");
    const reschedule = page.getByRole("dialog", { name: "Reschedule appointment" });
    await reschedule.waitFor(SLOW);
    expect((await expectFocusOn(page, /./)).inDialog).toBe("Reschedule appointment");
    await reschedule.getByText(/^Free times (from|on) /).waitFor(SLOW);
    expect(await dialogViolations(page, reschedule)).toEqual([]);
    await page.keyboard.press("Escape");
    await reschedule.waitFor({ state: "detached" });
    expect((await expectFocusOn(page, /^Reschedule$/)).inDialog).toBe(`${patient} — ${service}`);

    // Escape closes the appointment's dialog and focus is back on its block.
    await page.keyboard.press("Escape");
    await details.waitFor({ state: "detached" });
    await expectFocusOn(page, new RegExp(`^${escape(label)}$`));
  });
});

/** The purchase's scheduled appointments in the database, on the PostgreSQL tier (E2E_DATABASE_URL); else null. */
async function scheduledAppointments(purchaseId: string): Promise<number | null> {
  const rows = await queryAppDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM appointments WHERE purchase_id = $1 AND status = 'SCHEDULED'`, [purchaseId]);
  return rows ? rows[0].n : null;
}
