import type { Locator, Page } from "playwright-core";
import { queryAppDatabase } from "./support/app-database";
import { screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { blockButton, closeDialogs, findInWeeks, goToWeek, ofCourse, openCalendar, serviceLineText, type Block } from "./support/calendar";
import { STAFF } from "./support/logins";
import { expectEventually } from "./support/poll";
import { bookOwnCourse, escape, SLOW } from "./support/use-package";

// An hour of the grid in pixels (HOUR_PX in components/calendar/day-column.tsx, a client module jest does not load).
const HOUR_PX = 56;
const ANY_BLOCK = /^\d\d:\d\d .+ — .+ · .+ \(.+\)$/;

jest.setTimeout(300_000);

describe("Calendar: a crowded week, the appointment card and drag to reschedule", () => {
  const browser = useBrowser(STAFF);

  test("overlaps beyond what fits go behind “+N more”; the card shows on hover and focus, Escape closes it, axe is clean", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
    const grid = await openCalendar(page);
    // Today's column carries the now-line, and its time is said in words.
    await grid.getByText(/^Now: \d\d:\d\d clinic time/).waitFor({ state: "attached" });
    const legend = page.getByRole("region", { name: "Legend" });
    for (const words of ["From a package", "Completed", "No-show", "Closed or not working", "Now"]) await legend.getByText(words, { exact: true }).waitFor();
    await screenshot(page, "calendar-week-desktop");

    // Pointing at a block shows its card beside it: patient, phone, service, package, status.
    const block = grid.getByRole("button", { name: ANY_BLOCK }).first();
    const name = (await block.getAttribute("aria-label"))!;
    const patient = /^\d\d:\d\d (.+?) — /.exec(name)![1];
    await block.hover();
    const card = page.getByRole("tooltip", { name: `${patient}: details` });
    await card.waitFor();
    await card.getByText(/^(\+?[\d ()-]{6,}|No phone number on file)$/).waitFor();
    for (const label of ["Service", "Provider", "Package", "Status"]) await card.getByText(label, { exact: true }).waitFor();
    await screenshot(page, "calendar-hover-card");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });

    // Keyboard focus shows it too, and describes the block.
    await page.mouse.move(0, 0);
    await page.keyboard.press("Shift");
    await block.focus();
    await card.waitFor();
    expect(await block.getAttribute("aria-describedby")).toBe(await card.getAttribute("id"));
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });

    // On a phone the week's columns are narrow: one lane each, the rest behind "+N more", which lists them.
    // (The demo books today busiest; on a Sunday, when the clinic is closed, that is next week's Monday.)
    await page.setViewportSize({ width: 390, height: 844 });
    const more = grid.getByRole("button", { name: /^\+\d+ more appointments, \d\d:\d\d–\d\d:\d\d$/ }).first();
    await more.waitFor({ timeout: 5_000 }).catch(() => goToWeek(page, grid, "Next week"));
    await more.waitFor(SLOW);
    await screenshot(page, "calendar-week-phone");
    const count = Number(/^\+(\d+)/.exec((await more.getAttribute("aria-label"))!)![1]);
    await more.click();
    const list = page.getByRole("dialog", { name: /^Appointments \d\d:\d\d–\d\d:\d\d$/ });
    await list.waitFor();
    expect(await list.getByRole("button", { name: ANY_BLOCK }).count()).toBe(count);
    await screenshot(page, "calendar-more-list-phone");
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Choosing one opens its details, as the block would.
    const hidden = list.getByRole("button", { name: ANY_BLOCK }).first();
    const [, who, service] = /^\d\d:\d\d\s*(.+?)\s*—\s*(.+?) · /.exec((await hidden.textContent())!)!;
    await hidden.click();
    await page.getByRole("dialog", { name: `${who} — ${service}` }).waitFor();
  });

  test("a drop on a taken slot is refused with the reason; a drop on a free one moves the appointment and keeps the ledger", async () => {
    const { page } = browser;
    // Tall enough for the whole day without scrolling the page, so the slot aimed at stays under the pointer.
    await page.setViewportSize({ width: 1440, height: 1200 });
    // Its own appointments: a course's session next week, and a single session booked beside it with the same
    // provider on the same day, whose slot the drop aims at.
    const course = await bookOwnCourse(page);
    const grid = await openCalendar(page);
    const { block } = await findInWeeks(page, grid, "Next week", async () => true, { only: (b) => ofCourse(b, course) });
    await closeDialogs(page);
    const { column, moving, taken } = await openDayWithAnotherBooking(page, grid, block);
    const id = block.id.replace(/^appointment-/, "");
    const before = await ledger(id);
    // The PostgreSQL tier reads the database: there the ledger must really have been read.
    if (process.env.E2E_DATABASE_URL) expect(before).toEqual({ startsAt: expect.any(String), counts: expect.anything() });
    const shownBefore = await packageLine(page, grid, id);

    // Onto another appointment of the same provider: asked to confirm, then refused with the reason.
    const label = (await moving.getAttribute("aria-label"))!;
    await taken.scrollIntoViewIfNeeded();
    const takenLabel = (await taken.getAttribute("aria-label"))!;
    const takenAt = /^\d\d:\d\d/.exec(takenLabel)![0];
    await drag(page, moving, (await taken.boundingBox())!.y + 4, takenAt);
    const confirm = page.getByRole("dialog", { name: "Move this appointment?" });
    await confirm.waitFor();
    await confirm.getByText(/^Move .+’s .+ from .+ to .+ with .+\?$/).waitFor();
    await confirm.getByRole("button", { name: "Move" }).click();
    const refused = page.getByRole("dialog", { name: "The appointment was not moved" });
    await refused.getByRole("alert").filter({ hasText: /is not free\. Choose another time\./ }).waitFor(SLOW);
    await screenshot(page, "calendar-drop-refused");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await refused.getByRole("button", { name: "Back to the calendar" }).click();
    await refused.waitFor({ state: "hidden" });
    // Nothing changed: both blocks keep their times, and the database its row and ledger.
    expect(await moving.getAttribute("aria-label")).toBe(label);
    expect(await taken.getAttribute("aria-label")).toBe(takenLabel);
    expect(await ledger(id)).toEqual(before);

    // Onto free time in the same column: a quarter or half hour from where it is first (the time it holds is its
    // own), then the column's empty stretches — the first the server accepts (the provider may be busy at another
    // clinic, closed hours are refused too).
    const own = (await moving.boundingBox())!;
    // (Only within the column: a block early in the day has no time above it to be dropped on.)
    const col = (await column.boundingBox())!;
    const shifts = [15, -15, 30, -30, 45, -45].map((m) => own.y + (m * HOUR_PX) / 60).filter((y) => y >= col.y && y + own.height <= col.y + col.height);
    let moved: string | null = null;
    const refusals: string[] = [];
    for (const y of [...shifts, ...(await gapsIn(column, moving))]) {
      await drag(page, page.locator(`[id="appointment-${id}"]`), y);
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Move" }).click();
      const outcome = await Promise.race([
        page.getByText(/^Moved to /).first().waitFor(SLOW).then(() => "moved" as const),
        page.getByRole("dialog", { name: "The appointment was not moved" }).waitFor(SLOW).then(() => "refused" as const),
      ]);
      if (outcome === "moved") {
        moved = (await page.getByText(/^Moved to /).first().textContent())!;
        break;
      }
      refusals.push((await page.getByRole("dialog", { name: "The appointment was not moved" }).getByRole("alert").textContent()) ?? "");
      await page.getByRole("button", { name: "Back to the calendar" }).click();
    }
    if (moved === null) throw new Error(`No drop was accepted: ${refusals.join(" | ")}`);
    // The block shows its new time; the package's counts have not moved.
    await page.locator(`[id="appointment-${id}"]`).and(page.getByRole("button", { name: ANY_BLOCK })).waitFor();
    await expectEventually(async () => (await page.locator(`[id="appointment-${id}"]`).getAttribute("aria-label")) !== label);
    const after = await ledger(id);
    expect(after.counts).toEqual(before.counts);
    if (before.startsAt !== null) expect(after.startsAt).not.toBe(before.startsAt);
    await screenshot(page, "calendar-drop-moved");
    expect(await packageLine(page, grid, id)).toEqual(shownBefore);
  });
});

/**
 * The block's day in the day view, where its provider has a column, and a single session the test books there for
 * the same patient and service from the calendar (free space in that column: the provider and clinic come preset,
 * free times from the day's opening): the taken slot for the drop.
 */
async function openDayWithAnotherBooking(page: Page, grid: Locator, block: Block) {
  const [date] = block.column.replace(/^column-/, "").split("|");
  await page.goto(new URL((await grid.locator(`a[href*="date=${date}"]`).getAttribute("href"))!, page.url()).toString());
  await grid.waitFor(SLOW);
  const moving = blockButton(grid, block);
  const column = grid.locator('[id^="column-"]').filter({ has: page.locator(`[id=${JSON.stringify(block.id)}]`) });
  // A keyboard press books from the column's first open time; a click would book at the pointer.
  await column.getByRole("button", { name: /^Book an appointment on / }).press("Enter");
  await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Single session" }).click();
  const modal = page.getByRole("dialog", { name: "Single session" });
  await modal.getByRole("combobox", { name: "Search patients" }).fill(block.patient);
  await modal.getByRole("listbox", { name: "Matching patients" }).getByRole("option").filter({ hasText: block.patient, hasNotText: "as a new patient" }).first().click(SLOW);
  await modal.getByRole("combobox", { name: "Service" }).click(SLOW);
  await page.getByRole("option", { name: `${block.service} (` }).first().click();
  // The first free time, on the block's day unless the provider is fully booked from opening to closing.
  const slot = modal.getByRole("group", { name: /\d{4}$/ }).first().getByRole("button").first();
  await slot.waitFor(SLOW);
  const [, at] = /, (\d\d:\d\d)–/.exec((await slot.getAttribute("aria-label"))!)!;
  await slot.click();
  await modal.getByRole("button", { name: "Confirm" }).click();
  await modal.getByText(`Booked ${block.service} for ${block.patient}`, { exact: true }).waitFor(SLOW);
  await modal.getByRole("button", { name: "Done" }).click();
  await modal.waitFor({ state: "hidden" });
  // The calendar refreshes with it; read by id from then on.
  const booked = column.getByRole("button", { name: new RegExp(`^${at} ${escape(block.patient)} — ${escape(block.service)} · .+ \\(Scheduled\\)$`) });
  await booked.waitFor(SLOW);
  const taken = grid.locator(`[id=${JSON.stringify((await booked.getAttribute("id"))!)}]`);
  return { column, moving, taken };
}

/** A real mouse drag (dnd-kit's sensor needs movement in steps): grab the block near its top, let go with its top at `toY`. */
async function drag(page: Page, block: Locator, toY: number, expectAt?: string): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const box = (await block.boundingBox())!;
  const x = box.x + Math.min(30, box.width / 2);
  await page.mouse.move(x, box.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, box.y + 14, { steps: 3 });
  await page.mouse.move(x, toY, { steps: 12 });
  // The column previews where it would land, on the clinic's 15-minute grid.
  await page.getByText(expectAt ? `Move to ${expectAt}` : /^Move to \d\d:\d\d$/, { exact: true }).waitFor();
  await page.mouse.up();
}

/** Tops (viewport y) of free stretches in a provider's column long enough for the block, away from its own time. */
async function gapsIn(column: Locator, block: Locator): Promise<number[]> {
  const own = (await block.boundingBox())!;
  const col = (await column.boundingBox())!;
  const boxes = (await Promise.all((await column.getByRole("button", { name: ANY_BLOCK }).all()).map((b) => b.boundingBox()))).filter((b) => b !== null);
  const busy = boxes.map((b) => [b.y, b.y + b.height] as const).sort((a, b) => a[0] - b[0]);
  const gaps: number[] = [];
  let cursor = col.y;
  for (const [top, bottom] of [...busy, [col.y + col.height, col.y + col.height] as const]) {
    for (let y = cursor + 4; y + own.height < top - 2; y += own.height) if (Math.abs(y - own.y) > own.height) gaps.push(y);
    cursor = Math.max(cursor, bottom);
  }
  // Mid-day first: the edges of the axis are often outside opening hours.
  const middle = col.y + col.height / 2;
  return gaps.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
}

/**
 * The appointment's start and its package line, read from the database when the test has it (the PostgreSQL tier
 * sets E2E_DATABASE_URL); on the embedded database (one process only) the start is not read and the counts are null.
 */
async function ledger(appointmentId: string): Promise<{ startsAt: string | null; counts: unknown }> {
  type Row = { starts_at: Date; sessions_total: number; booked: number; completed: number; forfeited: number };
  const rows = await queryAppDatabase<Row>(
    `SELECT a.starts_at, i.sessions_total, i.booked, i.completed, i.forfeited
       FROM appointments a JOIN purchase_items i ON i.id = a.purchase_item_id WHERE a.id = $1`,
    [appointmentId],
  );
  if (!rows) return { startsAt: null, counts: null };
  const [row] = rows;
  return { startsAt: new Date(row.starts_at).toISOString(), counts: { total: row.sessions_total, booked: row.booked, completed: row.completed, forfeited: row.forfeited } };
}

/** The patient page's line for the appointment's service in its package: "Physiotherapy 4 of 6 left · 2 booked". */
async function packageLine(page: Page, grid: Locator, appointmentId: string): Promise<string> {
  const calendar = page.url();
  const block = page.locator(`[id="appointment-${appointmentId}"]`);
  const [, patient, service, pkg] = /^\d\d:\d\d (.+?) — (.+?) · .+, package (.+)\)$/.exec((await block.getAttribute("aria-label"))!)!;
  await block.click();
  await page.getByRole("dialog", { name: `${patient} — ${service}` }).getByRole("link", { name: patient }).click();
  await page.waitForURL(/\/patients\//, SLOW);
  const text = await serviceLineText(page, pkg, service);
  await page.goto(calendar);
  await grid.waitFor(SLOW);
  return text;
}
