import { baseUrl, screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { STAFF } from "./support/logins";
import { assignTemplate, balanceOf, chooseClinicWithTwoProviders, chooseTwoProviders, escape, SLOW } from "./support/use-package";

jest.setTimeout(240_000);

describe("Use Package: assign a new package and book its course", () => {
  const browser = useBrowser(STAFF);

  test("a receptionist assigns a package, auto-schedules with two providers, moves a session and confirms", async () => {
    const { page } = browser;

    // Patient, then the two groups of packages (checked before assigning), then the template assigned.
    const { modal, patientName, template } = await assignTemplate(page, async () => {
      await screenshot(page, "use-package-groups");
      expect(await seriousA11yViolations(page)).toEqual([]);
    });

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
    const alternatives = page.getByRole("listbox", { name: /^Move session 1/ });
    const alternative = alternatives.getByRole("option").first();
    await alternative.waitFor(SLOW);
    // Grouped by day: the day is the group's heading, the option names the time and provider.
    const newDate = (await alternatives.getByRole("group").first().locator("[data-day-heading]").first().textContent())!;
    const [, newTime] = /^(.+?), with /.exec((await alternative.textContent())!)!;
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
    const cards = page.getByTestId("purchase-card").filter({ hasText: template });
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
