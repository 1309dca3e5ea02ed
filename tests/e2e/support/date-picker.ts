// Driving components/ui/date-picker.tsx the way a keyboard user does: Enter on its button, keys through the
// calendar, Enter on the day.
import type { Locator, Page } from "playwright-core";

/** The open calendar popover (one at a time). */
export const calendarPopover = (page: Page): Locator => page.getByRole("dialog", { name: "Choose a date" });

/** The day that has focus in the open calendar, as YYYY-MM-DD, or null when focus is elsewhere. */
export const focusedDay = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.closest("[data-day]")?.getAttribute("data-day") ?? null);

/** What the picker's button shows: the date in words, or its placeholder. */
export const shownDate = async (trigger: Locator): Promise<string> => ((await trigger.locator('[data-slot="date-value"]').textContent()) ?? "").trim();

/** Focuses `trigger` and presses Enter until the calendar opens (a key pressed before hydration reaches no handler). */
export async function openCalendar(page: Page, trigger: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await trigger.focus();
    await page.keyboard.press("Enter");
    if (await calendarPopover(page).waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    if (attempt === 3) throw new Error("the date picker did not open on Enter (three tries)");
  }
  await page.waitForFunction(() => document.activeElement?.closest("[data-day]") != null);
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const dayDiff = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * In the open calendar, moves focus to `iso` by keys alone: Shift+PageDown/PageUp a year, PageDown/PageUp a month,
 * ArrowDown/ArrowUp a week, ArrowRight/ArrowLeft a day.
 */
export async function walkTo(page: Page, iso: string): Promise<void> {
  for (let step = 0; step < 200; step++) {
    const at = await focusedDay(page);
    if (at === null) throw new Error(`focus left the calendar while walking to ${iso}`);
    if (at === iso) return;
    const months = monthIndex(iso) - monthIndex(at);
    const days = dayDiff(at, iso);
    const key =
      Math.abs(months) >= 12
        ? `Shift+Page${months > 0 ? "Down" : "Up"}`
        : months !== 0 && Math.abs(days) > 27
          ? `Page${months > 0 ? "Down" : "Up"}`
          : Math.abs(days) >= 7
            ? `Arrow${days > 0 ? "Down" : "Up"}`
            : `Arrow${days > 0 ? "Right" : "Left"}`;
    await page.keyboard.press(key);
    await page.waitForFunction((was) => (document.activeElement?.closest("[data-day]")?.getAttribute("data-day") ?? null) !== was, at, { timeout: 5_000 });
  }
  throw new Error(`could not reach ${iso} in the calendar`);
}

/** Opens the picker on `trigger`, walks to `iso`, picks it with Enter; the calendar closes. */
export async function pickDate(page: Page, trigger: Locator, iso: string): Promise<void> {
  await openCalendar(page, trigger);
  await walkTo(page, iso);
  await page.keyboard.press("Enter");
  await calendarPopover(page).waitFor({ state: "hidden" });
}

/** Opens a select (a TimeSelect) with Enter, arrows to the option named `label`, picks it with Enter. */
export async function pickOption(page: Page, trigger: Locator, label: string): Promise<void> {
  await trigger.focus();
  await page.keyboard.press("Enter");
  const list = page.getByRole("listbox");
  await list.waitFor();
  // Intl writes "5:00 PM" with a narrow no-break space.
  const options = (await list.getByRole("option").allTextContents()).map((o) => o.replace(/[\u202f\u00a0]/g, " ").trim());
  const to = options.indexOf(label);
  if (to < 0) throw new Error(`no option "${label}" among ${options.slice(0, 6).join(", ")}…`);
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "option");
  for (let step = 0; step < options.length; step++) {
    const at = await list.getByRole("option").evaluateAll((els) => els.findIndex((el) => el === document.activeElement));
    if (at === to) break;
    await page.keyboard.press(at < to ? "ArrowDown" : "ArrowUp");
  }
  await page.keyboard.press("Enter");
  await list.waitFor({ state: "hidden" });
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * How a picker writes `iso` in words: "Tue 8 Dec 2026" for en-GB, "Tue, Dec 8, 2026" for en-US (the comma after an
 * en-GB weekday comes and goes with the ICU version, so it is optional).
 */
export function inWords(iso: string, locale: "en-GB" | "en-US" = "en-GB"): RegExp {
  const d = new Date(`${iso}T00:00:00Z`);
  const [weekday, month, day, year] = [WEEKDAYS[d.getUTCDay()], MONTHS[d.getUTCMonth()], d.getUTCDate(), d.getUTCFullYear()];
  return locale === "en-US" ? new RegExp(`^${weekday}, ${month} ${day}, ${year}$`) : new RegExp(`^${weekday},? ${day} ${month} ${year}$`);
}
