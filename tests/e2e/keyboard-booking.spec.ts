import { Client } from "pg";
import type { Locator, Page } from "playwright-core";
import { baseUrl, openBrowser, signIn, type BrowserSession } from "./support/browser";
import { dialogViolations, expectFocusOn, focused, shot, tabTo } from "./support/keyboard";
import { SLOW, TEMPLATES, escape } from "./support/use-package";

const STAFF = { email: "reception@cadence.test", password: "cadence-staff" };
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

jest.setTimeout(180_000);

// After sign-in nothing is clicked: every step is a key press (Tab, Shift+Tab, arrows, Enter, Space, Escape, typing).
describe("Keyboard alone: Use Package from the first Tab to the Done screen", () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

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
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test("Enter opens a block's dialog, Tab reaches Reschedule, Escape closes each dialog and focus goes back", async () => {
    const { page } = browser;
    await page.setViewportSize(SIZES.desktop);
    await signIn(page, STAFF.email, STAFF.password);
    // Next week: its scheduled appointments can all be rescheduled.
    await page.goto(`${baseUrl()}/calendar`);
    const grid = page.getByRole("region", { name: "Appointments" }).filter({ hasNot: page.locator('[aria-busy="true"]') });
    await grid.waitFor(SLOW);
    await page.goto(new URL((await page.getByRole("link", { name: "Next week" }).getAttribute("href"))!, page.url()).toString());
    await grid.waitFor(SLOW);
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

/**
 * Types in the patient search, arrows to a patient and picks them with Enter; on the package step (focus on its
 * first radio), arrows to the first of TEMPLATES the patient may take. A patient who may take none (re-runs use up
 * per-patient limits) is changed for the next one: Shift+Tab to "Change patient", Enter, and search again.
 */
async function choosePatientAndTemplate(page: Page, modal: Locator): Promise<{ patientName: string; template: string }> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.type("an");
    const options = modal.getByRole("listbox", { name: "Matching patients" }).getByRole("option");
    await options.nth(i).waitFor(SLOW);
    for (let down = 0; down < i; down++) await page.keyboard.press("ArrowDown");
    // The search box keeps focus; the option Enter will pick is the selected one.
    await options.nth(i).and(modal.locator('[aria-selected="true"]')).waitFor();
    await page.keyboard.press("Enter");
    const available = modal.getByRole("group", { name: /Available packages/ });
    await available.waitFor(SLOW);
    const change = modal.getByRole("button", { name: /^Change patient/ });
    const patientName = (await change.getAttribute("aria-label"))!.replace(/^Change patient \(now (.+)\)$/, "$1");
    // Focus is on the package step's first radio.
    const start = await expectFocusOn(page, /./);
    expect(start.tag).toBe("input");
    const enabled = await available.getByRole("radio").evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).disabled).map((el) => el.getAttribute("aria-labelledby")));
    const names = await Promise.all(enabled.map((id) => modal.locator(`[id="${id}"]`).textContent()));
    const template = TEMPLATES.find((t) => names.includes(t));
    if (!template) {
      await tabTo(page, /^Change patient/, { back: true });
      await page.keyboard.press("Enter");
      await expectFocusOn(page, /^Search patients$/);
      continue;
    }
    // Arrow keys move through the radios, the patient's own purchases first (checking each); stop on the template;
    // Space checks it if focus started there.
    const radio = available.getByRole("radio", { name: template, exact: true });
    for (let down = 0; !(await radio.evaluate((el) => el === document.activeElement)); down++) {
      if (down > 30) throw new Error(`ArrowDown never reached ${template}; focus is on "${(await focused(page)).name}"`);
      await page.keyboard.press("ArrowDown");
    }
    await expectFocusOn(page, new RegExp(`^${escape(template)}$`));
    await page.keyboard.press("Space");
    expect(await radio.isChecked()).toBe(true);
    return { patientName, template };
  }
  throw new Error("No patient matching “an” may take one of the templates.");
}

/** "… of 3 providers selected" / "All 3 providers" on the trigger, once the list is up to date. */
async function providerCount(page: Page, modal: Locator): Promise<number> {
  await page.waitForFunction(() => !document.body.textContent?.includes("Updating providers"));
  const text = (await modal.getByRole("combobox", { name: "Providers" }).textContent()) ?? "";
  const match = /(?:of|All) (\d+) providers?/.exec(text);
  return match ? Number(match[1]) : 0;
}

/**
 * Keeps the preselected clinics when they have two providers; otherwise, from the first clinic (where focus is),
 * Space on each full-coverage clinic alone until one has two. Focus stays on the clinic checkboxes.
 */
async function chooseClinicWithTwoProviders(page: Page, modal: Locator): Promise<void> {
  if ((await providerCount(page, modal)) >= 2) return;
  const boxes = modal.getByRole("group", { name: "Clinics" }).getByRole("checkbox");
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    // Only this one checked: Space on each, Tab between them.
    for (let j = 0; j < n; j++) {
      const want = j === i ? "true" : "false";
      if ((await boxes.nth(j).getAttribute("aria-checked")) !== want) {
        await boxes.nth(j).evaluate((el) => el === document.activeElement).then((has) => expect(has).toBe(true));
        await page.keyboard.press("Space");
      }
      if (j < n - 1) await page.keyboard.press("Tab");
    }
    if ((await boxes.nth(i).getAttribute("aria-describedby")) === null && (await providerCount(page, modal)) >= 2) return;
    for (let j = 0; j < n - 1; j++) await page.keyboard.press("Shift+Tab");
  }
  throw new Error("No clinic has two providers for this package.");
}

/**
 * Tab to the Providers picker, Enter opens it with focus in its search box; Enter on "Select all"/"Clear all" until
 * none is chosen, then ArrowDown + Enter on the first two providers; Escape closes it back to the picker.
 */
async function chooseTwoProviders(page: Page, modal: Locator): Promise<string[]> {
  await tabTo(page, /^Providers$|providers/i);
  expect((await focused(page)).role).toBe("combobox");
  await page.keyboard.press("Enter");
  const list = page.getByRole("listbox", { name: "Providers" });
  await list.waitFor();
  await expectFocusOn(page, /^Search providers$/);
  await dialogViolations(page, modal).then((v) => expect(v).toEqual([]));
  // Focus stays in the search box; Enter acts on the selected option, the first one to begin with.
  const all = list.getByRole("option", { name: /Select all|Clear all/ });
  await all.and(list.locator('[aria-selected="true"]')).waitFor();
  if ((await all.textContent())?.includes("Select all")) await page.keyboard.press("Enter");
  await all.filter({ hasText: "Clear all" }).waitFor();
  await page.keyboard.press("Enter");
  await all.filter({ hasText: "Select all" }).waitFor();
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("ArrowDown");
    const option = list.locator('[role="option"][aria-selected="true"]');
    names.push((await option.locator("span.font-medium").first().textContent())!.replace(/seen before/, "").trim());
    await page.keyboard.press("Enter");
    await option.and(page.locator('[aria-checked="true"]')).waitFor();
  }
  await page.keyboard.press("Escape");
  await list.waitFor({ state: "detached" });
  await expectFocusOn(page, /^Providers$|providers/i);
  const chosen = modal.getByRole("list", { name: "Selected providers" }).getByRole("listitem");
  expect((await chosen.allTextContents()).map((t) => t.trim()).sort()).toEqual([...names].sort());
  return names;
}

/** The purchase's scheduled appointments in the database, on the PostgreSQL tier (E2E_DATABASE_URL); else null. */
async function scheduledAppointments(purchaseId: string): Promise<number | null> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM appointments WHERE purchase_id = $1 AND status = 'SCHEDULED'`, [purchaseId]);
    return rows[0].n;
  } finally {
    await db.end();
  }
}
