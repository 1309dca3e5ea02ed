import type { Locator, Page } from "playwright-core";
import { baseUrl, openBrowser, screenshot, seriousA11yViolations, signIn, type BrowserSession } from "./support/browser";

const STAFF = { email: "reception@cadence.test", password: "cadence-staff" };

// Single-service templates offered at every demo clinic, several providers each; the first one the patient may
// take (not disabled: limit reached, sale ended) is used, so a re-run against the same data still finds one.
const TEMPLATES = ["Sports Massage 5", "Acupuncture Course 8", "Physio Recovery 6"];
const SLOW = { timeout: 60_000 };

jest.setTimeout(240_000);

describe("Use Package: assign a new package and book its course", () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser.close();
  });

  test("a receptionist assigns a package, auto-schedules with two providers, moves a session and confirms", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);

    await page.getByRole("button", { name: "Book Appointment" }).click();
    await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Use Package" }).click();
    const modal = page.getByRole("dialog", { name: "Use Package" });

    // Patient: search, and take the first match who may still take one of TEMPLATES (re-runs on the same data
    // use up the per-patient limits).
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
      template = await firstEnabled(available, TEMPLATES);
      if (template === null) await change.click();
    }

    // The two groups.
    await screenshot(page, "use-package-groups");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await available.getByRole("radio", { name: template!, exact: true }).check();
    await modal.getByText(/^Checking that/).waitFor({ state: "hidden", ...SLOW });
    await modal.getByRole("button", { name: "Assign package" }).click();

    // Clinics & providers: a clinic offering everything in the package, and exactly two providers.
    const autoSchedule = modal.getByRole("button", { name: "Auto Schedule" });
    await autoSchedule.waitFor(SLOW);
    const clinics = modal.getByRole("group", { name: "Clinics" });
    await chooseClinicWithTwoProviders(page, clinics);
    await chooseTwoProviders(page, modal);
    const chosen = modal.getByRole("list", { name: "Selected providers" }).getByRole("listitem");
    expect(await chosen.count()).toBe(2);
    const providerNames = (await chosen.allTextContents()).map((t) => t.trim());

    // Auto Schedule → preview.
    await autoSchedule.click();
    const preview = modal.getByRole("region", { name: /Proposed sessions/ });
    await preview.getByRole("table").waitFor(SLOW);
    const sessions = preview.getByRole("table").getByRole("row").filter({ has: page.getByRole("button", { name: /^Move/ }) });
    const planned = await sessions.count();
    expect(planned).toBeGreaterThan(0);
    for (const row of await sessions.all()) {
      const text = (await row.textContent()) ?? "";
      expect(providerNames.some((name) => text.includes(name))).toBe(true);
    }
    await screenshot(page, "use-package-preview");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Move the first session to the first alternative offered.
    await preview.getByRole("button", { name: /^Move session 1:/ }).click();
    const alternatives = page.getByRole("listbox", { name: "Alternative times" });
    const alternative = alternatives.getByRole("option").first();
    await alternative.waitFor(SLOW);
    const [, newDate, newTime] = /^(.+?) at (.+?) with /.exec((await alternative.getAttribute("aria-label"))!)!;
    await alternative.click();
    await alternatives.waitFor({ state: "detached" });
    await preview.getByRole("button", { name: new RegExp(`^Move session \\d+: .*${escape(newDate)} ${escape(newTime)}$`) }).waitFor();
    expect(await sessions.count()).toBe(planned);

    // Confirm.
    await modal.getByRole("button", { name: "Confirm" }).click();
    const done = modal.getByText(`Booked ${planned} session${planned === 1 ? "" : "s"} for ${patientName}`);
    await done.waitFor(SLOW);

    // The patient's page: the new appointments and the debited balance.
    await modal.getByRole("link", { name: "Open patient page" }).click();
    await page.waitForURL(/\/patients\/[^/]+$/, SLOW);
    await page.getByRole("heading", { name: patientName }).waitFor(SLOW);
    // The new purchase's card: every booked session debited, the rest still left. (A re-run on the same data may
    // have an earlier purchase of the template too: one card must match.)
    const cards = page.getByTestId("purchase-card").filter({ hasText: template! });
    await cards.first().waitFor(SLOW);
    const balances = (await cards.allTextContents()).map(balanceOf);
    const balance = balances.find((b) => b.booked === planned);
    expect(balance).toBeDefined();
    expect(balance!.left).toBe(balance!.total - planned);
    const upcoming = page.getByRole("table", { name: "Upcoming appointments" });
    const day = newDate.replace(/^\w+, /, ""); // "Mon, 30 Nov 2026" → "30 Nov 2026"
    const start = newTime.split("–")[0];
    await upcoming.getByRole("row").filter({ hasText: day }).filter({ hasText: start }).first().waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(baseUrl()).origin);
  });
});

async function firstEnabled(group: Locator, names: string[]): Promise<string | null> {
  for (const name of names) {
    const radio = group.getByRole("radio", { name, exact: true });
    if ((await radio.count()) === 1 && (await radio.isEnabled())) return name;
  }
  return null;
}

/** Keep the preselected clinic when it has two providers; otherwise try the other full-coverage clinics. */
async function chooseClinicWithTwoProviders(page: Page, clinics: Locator): Promise<void> {
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

async function providerCount(page: Page): Promise<number> {
  const trigger = page.getByRole("combobox", { name: "Providers" });
  await page.waitForFunction(() => !document.body.textContent?.includes("Updating providers"));
  const text = (await trigger.textContent()) ?? "";
  const match = /(?:of|All) (\d+) providers?/.exec(text);
  return match ? Number(match[1]) : 0;
}

async function chooseTwoProviders(page: Page, modal: Locator): Promise<void> {
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
function balanceOf(text: string): { booked: number; left: number; total: number } {
  const sum = (re: RegExp, group: number) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[group]), 0);
  return { booked: sum(/(\d+) booked/g, 1), left: sum(/(\d+) of (\d+) left/g, 1), total: sum(/(\d+) of (\d+) left/g, 2) };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
