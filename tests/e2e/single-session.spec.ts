import { screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { STAFF } from "./support/logins";
import { SLOW } from "./support/use-package";


jest.setTimeout(180_000);

describe("Book Appointment: a single session", () => {
  const browser = useBrowser(STAFF);

  test("from a patient's page, a receptionist books one session at a free time", async () => {
    const { page } = browser;

    // A patient's page: the dialog opens with them already chosen.
    await page.getByRole("link", { name: "Patients" }).click();
    await page.waitForURL("**/patients");
    await page.getByRole("table").getByRole("link").first().click();
    await page.getByRole("heading", { name: "Packages" }).waitFor(SLOW);
    const heading = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

    await page.getByRole("button", { name: "Book Appointment" }).click();
    await page.getByRole("dialog", { name: "Book Appointment" }).getByRole("button", { name: "Single session" }).click();
    const modal = page.getByRole("dialog", { name: "Single session" });
    await modal.getByText(heading).first().waitFor();

    // Service → clinic → provider (each select waits, disabled, until its options have loaded).
    for (const label of ["Service", "Clinic", "Provider"]) {
      await modal.getByRole("combobox", { name: label }).click(SLOW);
      await page.getByRole("option").first().click();
    }

    // A free time: the slots come grouped by day; later ones on request.
    const later = modal.getByRole("button", { name: "Later times" });
    await later.waitFor(SLOW);
    const slot = modal.getByRole("group", { name: /\d{4}$/ }).first().getByRole("button").first();
    const slotLabel = (await slot.getAttribute("aria-label"))!;
    await slot.click();
    await screenshot(page, "single-session");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await modal.getByRole("button", { name: "Confirm" }).click();
    await modal.getByText(new RegExp(`^Booked .+ for ${heading}$`)).waitFor(SLOW);
    await modal.getByText(slotLabel).waitFor();
  });
});
