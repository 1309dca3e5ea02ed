import { screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { STAFF } from "./support/logins";
import { assignTemplate, autoScheduleWithTwoProviders, balanceOf, sessionRows, SLOW } from "./support/use-package";

jest.setTimeout(240_000);

describe("Use Package: when Confirm does not simply succeed", () => {
  const browser = useBrowser(STAFF);

  test("the answer to Confirm is lost: the dialog says so, and Try again books the course once", async () => {
    const { page } = browser;
    const { modal, patientName, template } = await assignTemplate(page);
    const preview = await autoScheduleWithTwoProviders(page, modal);
    const planned = await sessionRows(page, preview).count();

    // The Confirm request reaches the server (which books), but its answer never reaches the browser.
    let lost = 0;
    await page.route("**/*", async (route) => {
      const request = route.request();
      const body = request.method() === "POST" ? (request.postData() ?? "") : "";
      if (lost === 0 && request.headers()["next-action"] && body.includes("idempotencyKey") && body.includes('"sessions"')) {
        lost++;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await modal.getByRole("button", { name: "Confirm" }).click();
    const alert = modal.getByRole("alert").filter({ hasText: "We couldn't confirm whether the booking went through" });
    await alert.waitFor(SLOW);
    expect(lost).toBe(1);
    await screenshot(page, "confirm-answer-lost");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await alert.getByRole("button", { name: "Try again" }).click();
    await modal.getByText(`Booked ${planned} session${planned === 1 ? "" : "s"} for ${patientName}`).waitFor(SLOW);

    // Booked once: the new purchase has exactly the planned sessions booked, not twice as many.
    await modal.getByRole("link", { name: "Open patient page" }).click();
    await page.waitForURL(/\/patients\/[^/]+$/, SLOW);
    const cards = page.getByTestId("purchase-card").filter({ hasText: template });
    await cards.first().waitFor(SLOW);
    const balances = (await cards.allTextContents()).map(balanceOf);
    expect(balances.some((b) => b.booked === planned && b.left === b.total - planned)).toBe(true);
    expect(balances.every((b) => b.booked !== 2 * planned)).toBe(true);
  });

  // Two tabs plan the same course the same way; the first to confirm wins. The second is refused by the
  // application's re-check (the database's exclusion constraint can only be reached by a true race inside the
  // server, which a browser cannot time: tests/integration/booking/confirm-guarantees covers that path, and it
  // answers in the same shape).
  test("the slower of two confirmations sees which session was taken, its row marked, and Auto Schedule again", async () => {
    const { page, context } = browser;
    // One service only: where a package holds a single session of a service (an assessment), the second tab's plan
    // would already exceed the package once the first has booked, and that refusal (the package) comes first.
    const { modal, patientName, template } = await assignTemplate(page, undefined, ["Sports Massage 5", "Acupuncture Course 8"]);
    const previewA = await autoScheduleWithTwoProviders(page, modal, 2);

    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole("button", { name: "Book Appointment" }).click();
    await other.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Use Package" }).click();
    const modalB = other.getByRole("dialog", { name: "Use Package" });
    await modalB.getByRole("combobox", { name: "Search patients" }).fill(patientName.split(" ")[0]);
    await modalB.getByRole("listbox", { name: "Matching patients" }).getByRole("option").filter({ hasText: patientName }).first().click();
    const assigned = modalB.getByRole("group", { name: /Assigned to this patient/ });
    await assigned.waitFor(SLOW);
    // The purchase just assigned in the first tab: of its template, nothing of it booked yet, so the most left
    // (the patient may hold other packages, from other tests, with more sessions).
    const cards = await assigned.locator("label").filter({ hasText: template }).all();
    let best = cards[0];
    let most = -1;
    for (const card of cards) {
      const left = Number(/(\d+) sessions? left/.exec((await card.textContent()) ?? "")?.[1] ?? -1);
      if (left > most) [best, most] = [card, left];
    }
    await best.getByRole("radio").check();
    await modalB.getByRole("button", { name: "Continue" }).click();
    await modalB.getByRole("button", { name: "Auto Schedule" }).waitFor(SLOW);
    const previewB = await autoScheduleWithTwoProviders(other, modalB, 2);
    const firstB = (await sessionRows(other, previewB).first().textContent()) ?? "";
    expect((await sessionRows(page, previewA).first().textContent()) ?? "").toBe(firstB);

    await modal.getByRole("button", { name: "Confirm" }).click();
    await modal.getByText(`Booked 2 sessions for ${patientName}`).waitFor(SLOW);

    await modalB.getByRole("button", { name: "Confirm" }).click();
    const refusal = modalB.getByRole("alert").filter({ hasText: "Nothing was booked" });
    await refusal.waitFor(SLOW);
    expect(await refusal.textContent()).toMatch(/ with .+ on .+ at .+ is no longer free\. Nothing was booked; run Auto Schedule again\./);
    const marked = sessionRows(other, previewB).filter({ hasText: "No longer available" });
    expect(await marked.count()).toBe(1);
    expect(await sessionRows(other, previewB).first().textContent()).toContain("No longer available");
    await screenshot(other, "confirm-session-taken");
    expect(await seriousA11yViolations(other)).toEqual([]);

    // Auto Schedule again: a new proposal around what the first tab booked.
    await refusal.getByRole("button", { name: "Auto Schedule again" }).click();
    await refusal.waitFor({ state: "detached", ...SLOW });
    await modalB.getByRole("button", { name: "Auto Schedule" }).and(modalB.locator(":enabled")).waitFor(SLOW);
    await sessionRows(other, previewB).first().waitFor(SLOW);
    expect(await sessionRows(other, previewB).filter({ hasText: "No longer available" }).count()).toBe(0);
    expect((await sessionRows(other, previewB).first().textContent()) ?? "").not.toBe(firstB);
  });
});
