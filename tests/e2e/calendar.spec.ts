import type { Locator, Page } from "playwright-core";
import { queryAppDatabase } from "./support/app-database";
import { screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { goToWeek, openCalendar, serviceLineText } from "./support/calendar";
import { STAFF } from "./support/logins";
import { expectEventually } from "./support/poll";
import { SLOW } from "./support/use-package";

// An hour of the grid in pixels (HOUR_PX in components/calendar/day-column.tsx, a client module jest does not load).
const HOUR_PX = 56;
// "09:00 Jane Doe — Physiotherapy · Dr Lee (Scheduled, package Physio Recovery 6)": a future one can be dragged.
const SCHEDULED_PACKAGE = /^\d\d:\d\d .+ — .+ · .+ \(Scheduled, package .+\)$/;
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
    const grid = await openCalendar(page);
    await goToWeek(page, grid, "Next week");
    const { column, moving, taken } = await findDayWithTwoInOneColumn(page, grid);
    const id = (await moving.getAttribute("id"))!.replace(/^appointment-/, "");
    const before = await ledger(id);
    // The PostgreSQL tier reads the database: there the ledger must really have been read.
    if (process.env.E2E_DATABASE_URL) expect(before).toEqual({ startsAt: expect.any(String), counts: expect.anything() });
    const shownBefore = await packageLine(page, grid, id);

    // Onto another appointment of the same provider: asked to confirm, then refused with the reason.
    await taken.scrollIntoViewIfNeeded();
    const takenAt = /^\d\d:\d\d/.exec((await taken.getAttribute("aria-label"))!)![0];
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
    expect(await ledger(id)).toEqual(before);

    // Onto free time in the same column: a quarter or half hour from where it is first (the time it holds is its
    // own), then the column's empty stretches — the first the server accepts (the provider may be busy at another
    // clinic, closed hours are refused too).
    const label = (await moving.getAttribute("aria-label"))!;
    const own = (await moving.boundingBox())!;
    const shifts = [15, -15, 30, -30, 45, -45].map((m) => own.y + (m * HOUR_PX) / 60);
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

/** A day of next week whose day view has a provider column with a scheduled package session and another booking. */
async function findDayWithTwoInOneColumn(page: Page, grid: Locator) {
  const days = await grid.getByRole("link", { name: /: show this day$/ }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const day of days) {
    await page.goto(day);
    await grid.waitFor(SLOW);
    for (const column of await grid.locator('[id^="column-"]').all()) {
      const moving = column.getByRole("button", { name: SCHEDULED_PACKAGE }).first();
      if ((await moving.count()) === 0) continue;
      const mine = (await moving.getAttribute("id"))!;
      const others = column.getByRole("button", { name: ANY_BLOCK }).and(page.locator(`:not([id="${mine}"])`));
      if ((await others.count()) > 0) return { column, moving, taken: others.first() };
    }
  }
  throw new Error("No day next week with two appointments for one provider.");
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
