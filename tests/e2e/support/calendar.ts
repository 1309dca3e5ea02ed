import type { Locator, Page } from "playwright-core";
import { baseUrl } from "./browser";
import { escape, SLOW, type OwnCourse } from "./use-package";

// "09:00 Jane Doe — Physiotherapy · Dr Lee (Scheduled, package Physio Recovery 6)"
const PACKAGE_BLOCK = /^(\d\d:\d\d) (.+?) — (.+?) · (.+?) \((?:Scheduled|Checked in), package (.+)\)$/;

/** A package appointment's block in the calendar, read from its element id and accessible name. */
export type Block = { id: string; column: string; name: string; time: string; patient: string; service: string; provider: string; pkg: string };

/** The calendar's grid once laid out: every column has measured its width (lanes that do not fit are behind "+N more" from then on). */
export async function laidOutGrid(page: Page): Promise<Locator> {
  const grid = page.getByRole("region", { name: "Appointments" }).filter({ hasNot: page.locator('[aria-busy="true"]') });
  await grid.waitFor(SLOW);
  return grid;
}

/** The calendar by its URL (this week, the user's first clinic). */
export async function openCalendar(page: Page): Promise<Locator> {
  await page.goto(`${baseUrl()}/calendar`);
  return laidOutGrid(page);
}

/** The calendar from the main navigation, as a user reaches it. */
export async function openCalendarFromMenu(page: Page): Promise<Locator> {
  await page.getByRole("link", { name: "Calendar" }).click();
  await page.waitForURL(/\/calendar/, SLOW);
  return laidOutGrid(page);
}

/** A full navigation to the next or previous week, so the names read next are the new week's. */
export async function goToWeek(page: Page, grid: Locator, step: "Next week" | "Previous week"): Promise<void> {
  await page.goto(new URL((await page.getByRole("link", { name: step }).getAttribute("href"))!, page.url()).toString());
  await grid.waitFor(SLOW);
}

/** The clinic menu's links (one per clinic of the user, shown when there are several), as absolute URLs. */
export async function clinicLinks(page: Page): Promise<string[]> {
  return page.locator('ul[aria-label="Clinic"] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

function parseBlock(id: string, column: string, name: string): Block {
  const m = PACKAGE_BLOCK.exec(name);
  if (!m) throw new Error(`Unexpected appointment name: ${name}`);
  return { id, column, name, time: m[1], patient: m[2], service: m[3], provider: m[4], pkg: m[5] };
}

/** Whether the block is a session of the test's own course. */
export function ofCourse(block: Block, course: OwnCourse): boolean {
  return block.patient === course.patientName && block.pkg === course.template;
}

/** The appointment's block in the calendar, by its element id (labels can repeat within a week). */
export function blockButton(grid: Locator, block: Block): Locator {
  return grid.locator(`[id=${JSON.stringify(block.id)}]`);
}

/**
 * Walks the weeks (this one first when `startHere`, then with `step`) and the reception's clinics, opening package
 * appointments until `accept` says one will do. The demo data has unrecorded package sessions in the last week at
 * every clinic; the tests' own courses start within days.
 */
export async function findInWeeks(
  page: Page,
  grid: Locator,
  step: "Next week" | "Previous week",
  accept: (block: Block, details: Locator) => Promise<boolean>,
  options: { startHere?: boolean; only?: (block: Block) => boolean } = {},
): Promise<{ block: Block }> {
  const links = await clinicLinks(page);
  for (const clinic of links.length > 0 ? links : [page.url()]) {
    await page.goto(clinic);
    await grid.waitFor(SLOW);
    for (let week = 0; week < 4; week++) {
      if (week > 0 || !options.startHere) await goToWeek(page, grid, step);
      // Read by id: a course can put the same patient, service and time on two days of one week (twin labels).
      const found = await grid.getByRole("button", { name: PACKAGE_BLOCK }).evaluateAll((buttons) => buttons.map((b) => [b.id, b.closest('[id^="column-"]')?.id ?? "", b.getAttribute("aria-label") ?? ""]));
      for (const [id, column, name] of found) {
        const block = parseBlock(id, column, name);
        if (options.only && !options.only(block)) continue;
        await blockButton(grid, block).click();
        const details = page.getByRole("dialog", { name: `${block.patient} — ${block.service}` });
        await details.waitFor();
        if (await accept(block, details)) return { block };
        await closeDialogs(page);
      }
    }
  }
  throw new Error(`No suitable package appointment found (${step}).`);
}

export async function closeDialogs(page: Page): Promise<void> {
  for (let open = await page.getByRole("dialog").count(); open > 0; open--) {
    await page.keyboard.press("Escape");
    // Each Escape closes the topmost dialog: wait until it has gone before pressing again.
    await page.waitForFunction((n) => document.querySelectorAll('[role="dialog"]').length < n, open);
  }
}

/** Opens the patient's page from the appointment's dialog and reads the line of the appointment's service. */
export async function balanceVia(page: Page, grid: Locator, block: Block) {
  await closeDialogs(page);
  await blockButton(grid, block).click();
  await page.getByRole("dialog", { name: `${block.patient} — ${block.service}` }).getByRole("link", { name: block.patient }).click();
  await page.waitForURL(/\/patients\//, SLOW);
  return serviceLine(page, block.pkg, block.service);
}

/** The address of the patient's page, from the (reloaded) calendar's block of the appointment at `block.time`. */
export async function patientHref(page: Page, grid: Locator, block: Block): Promise<string> {
  await page.reload();
  await grid.waitFor(SLOW);
  const completed = grid.getByRole("button", { name: new RegExp(`^${escape(block.time)} ${escape(block.patient)} — `) }).first();
  await completed.click();
  const link = page.getByRole("dialog", { name: `${block.patient} — ${block.service}` }).getByRole("link", { name: block.patient });
  return new URL((await link.getAttribute("href"))!, page.url()).toString();
}

/** The patient page's cards of their active courses of `pkg` (a patient may hold several). */
function activeCards(page: Page, pkg: string): Locator {
  return page.getByRole("region", { name: pkg, exact: true }).filter({ has: page.getByText("Active", { exact: true }) });
}

/** A service's line on each of those cards: "Physiotherapy  4 of 5 left · 1 booked · 2 done". */
function serviceLines(page: Page, pkg: string, service: string): Locator {
  return activeCards(page, pkg)
    .getByRole("list", { name: `Sessions per service of ${pkg}` })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^${escape(service)}\\d`) });
}

/** The first card's line of one service, once shown: "Physiotherapy  4 of 5 left · 1 booked · 2 done". */
export async function serviceLineText(page: Page, pkg: string, service: string): Promise<string> {
  const line = serviceLines(page, pkg, service).first();
  await line.waitFor(SLOW);
  return (await line.textContent()) ?? "";
}

/**
 * "Physiotherapy  4 of 5 left · 1 booked · 2 done" → numbers, summed over the patient's active courses of `pkg`: the
 * specs share the demo patients and book the same templates, so a patient may hold several courses of one package,
 * and a change to one of them shows in the sum whichever card comes first.
 */
export async function serviceLine(page: Page, pkg: string, service: string) {
  await serviceLineText(page, pkg, service);
  const texts = await serviceLines(page, pkg, service).allTextContents();
  const count = (re: RegExp) => texts.reduce((sum, text) => sum + Number(re.exec(text)?.[1] ?? 0), 0);
  return { left: count(/(\d+) of \d+ left/), booked: count(/(\d+) booked/), done: count(/(\d+) done/) };
}
