// Steps of the Use Package dialog shared by its end-to-end tests.
import type { Locator, Page } from "playwright-core";

export async function firstEnabled(group: Locator, names: string[]): Promise<string | null> {
  for (const name of names) {
    const radio = group.getByRole("radio", { name, exact: true });
    if ((await radio.count()) === 1 && (await radio.isEnabled())) return name;
  }
  return null;
}

/** Keep the preselected clinic when it has two providers; otherwise try the other full-coverage clinics. */
export async function chooseClinicWithTwoProviders(page: Page, clinics: Locator): Promise<void> {
  const boxes = await clinics.getByRole("checkbox").all();
  const checked = [];
  for (const box of boxes) if ((await box.getAttribute("aria-checked")) === "true") checked.push(box);
  if (checked.length > 0 && (await providerCount(page)) >= 2) return;
  for (const box of boxes) {
    if ((await box.getAttribute("aria-describedby")) !== null) continue; // partial coverage
    for (const other of checked) if ((await other.getAttribute("aria-checked")) === "true") await other.click();
    if ((await box.getAttribute("aria-checked")) !== "true") await box.click();
    checked.splice(0, checked.length, box);
    if ((await providerCount(page)) >= 2) return;
  }
  throw new Error("No clinic has two providers for this package.");
}

export async function providerCount(page: Page): Promise<number> {
  const trigger = page.getByRole("combobox", { name: "Providers" });
  await page.waitForFunction(() => !document.body.textContent?.includes("Updating providers"));
  const text = (await trigger.textContent()) ?? "";
  const match = /(?:of|All) (\d+) providers?/.exec(text);
  return match ? Number(match[1]) : 0;
}

export async function chooseTwoProviders(page: Page, modal: Locator): Promise<void> {
  await modal.getByRole("combobox", { name: "Providers" }).click();
  const list = page.getByRole("listbox", { name: "Providers" });
  const all = list.getByRole("option", { name: /Select all|Clear all/ });
  if ((await all.textContent())?.includes("Select all")) await all.click();
  await all.click(); // now "Clear all"
  const providers = list.getByRole("option").filter({ hasNotText: /Select all|Clear all/ });
  await providers.nth(0).click();
  await providers.nth(1).click();
  await page.keyboard.press("Escape");
  await list.waitFor({ state: "detached" });
}

/** Sums a purchase card's lines "<left> of <total> left · <booked> booked". */
export function balanceOf(text: string): { booked: number; left: number; total: number } {
  const sum = (re: RegExp, group: number) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[group]), 0);
  return { booked: sum(/(\d+) booked/g, 1), left: sum(/(\d+) of (\d+) left/g, 1), total: sum(/(\d+) of (\d+) left/g, 2) };
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Single-service templates offered at every demo clinic, several providers each; the first one the patient may
// take (not disabled: limit reached, sale ended) is used, so a re-run against the same data still finds one.
export const TEMPLATES = ["Sports Massage 5", "Acupuncture Course 8", "Physio Recovery 6"];
export const SLOW = { timeout: 60_000 };

/**
 * Book Appointment → Use Package → the first patient matching "an" who may still take one of TEMPLATES (re-runs on
 * the same data use up the per-patient limits) → that template assigned (`beforeAssign` runs on the package step).
 * Leaves the dialog on the schedule step.
 */
export async function assignTemplate(
  page: Page,
  beforeAssign?: () => Promise<void>,
  templates: string[] = TEMPLATES,
): Promise<{ modal: Locator; patientName: string; template: string }> {
  await page.getByRole("button", { name: "Book Appointment" }).click();
  await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Use Package" }).click();
  const modal = page.getByRole("dialog", { name: "Use Package" });
  const assigned = modal.getByRole("group", { name: /Assigned to this patient/ });
  const available = modal.getByRole("group", { name: /Available packages/ });
  let template: string | null = null;
  let patientName = "";
  for (let i = 0; template === null; i++) {
    await modal.getByRole("combobox", { name: "Search patients" }).fill("an");
    const option = modal.getByRole("listbox", { name: "Matching patients" }).getByRole("option").nth(i);
    await option.waitFor(SLOW);
    await option.click();
    await available.waitFor(SLOW);
    await assigned.waitFor();
    const change = modal.getByRole("button", { name: /^Change patient/ });
    patientName = (await change.getAttribute("aria-label"))!.replace(/^Change patient \(now (.+)\)$/, "$1");
    template = await firstEnabled(available, templates);
    if (template === null) await change.click();
  }
  await beforeAssign?.();
  await available.getByRole("radio", { name: template, exact: true }).check();
  await modal.getByText(/^Checking that/).waitFor({ state: "hidden", ...SLOW });
  await modal.getByRole("button", { name: "Assign package" }).click();
  await modal.getByRole("button", { name: "Auto Schedule" }).waitFor(SLOW);
  return { modal, patientName, template };
}

/** A course a test books itself (a new purchase for a demo patient), so that what the test changes is its own. */
export type OwnCourse = { patientName: string; template: string };

/** Book Appointment → Use Package → a template assigned and auto-scheduled with two providers → Confirm; dialog closed. */
export async function bookOwnCourse(page: Page): Promise<OwnCourse> {
  const { modal, patientName, template } = await assignTemplate(page);
  await autoScheduleWithTwoProviders(page, modal);
  await modal.getByRole("button", { name: "Confirm" }).click();
  await modal.getByText(/^Booked \d+ sessions? for /).waitFor(SLOW);
  await page.keyboard.press("Escape");
  await modal.waitFor({ state: "hidden" });
  return { patientName, template };
}

/** Clinics & providers (a clinic with two providers, exactly two of them), an optional count, then Auto Schedule. */
export async function autoScheduleWithTwoProviders(page: Page, modal: Locator, count?: number): Promise<Locator> {
  await chooseClinicWithTwoProviders(page, modal.getByRole("group", { name: "Clinics" }));
  await chooseTwoProviders(page, modal);
  if (count !== undefined) await modal.getByRole("spinbutton", { name: /Number of sessions/ }).fill(String(count));
  await modal.getByRole("button", { name: "Auto Schedule" }).click();
  const preview = modal.getByRole("region", { name: /Proposed sessions/ });
  await preview.getByRole("table").waitFor(SLOW);
  return preview;
}

/** The rows of the preview table that are sessions (they have a Move button). */
export function sessionRows(page: Page, preview: Locator): Locator {
  return preview.getByRole("table").getByRole("row").filter({ has: page.getByRole("button", { name: /^Move/ }) });
}
