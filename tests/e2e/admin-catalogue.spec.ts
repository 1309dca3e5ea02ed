import type { Page } from "playwright-core";
import { baseUrl, screenshot, seriousA11yViolations, signIn, useBrowser } from "./support/browser";
import { ADMIN, STAFF } from "./support/logins";

// The receptionist works here (and at Manchester), so the new provider's hours and the new service go here.
const CLINIC = "Cadence Physio — London Bridge";

/** Waits for a client-side navigation to `pathname` (the admin forms push to their list after saving). */
async function waitForPath(page: Page, pathname: string | RegExp): Promise<void> {
  await page.waitForURL((url) => (typeof pathname === "string" ? url.pathname === pathname : pathname.test(url.pathname)));
}

describe("the admin builds a package from a new service and provider; staff can offer it", () => {
  const browser = useBrowser();

  test("service → clinic offers it → provider with hours → package template → listed for a patient", async () => {
    const { page } = browser;
    // Unique per run: the database is shared with other test files and with earlier runs of this one.
    const stamp = Date.now().toString(36);
    const serviceName = `E2E Shockwave ${stamp}`;
    const providerName = `E2E Provider ${stamp}`;
    const packageName = `E2E Shockwave course ${stamp}`;

    await signIn(page, ADMIN.email, ADMIN.password);

    // 1. A new service.
    await page.goto(`${baseUrl()}/admin/services/new`);
    const serviceForm = page.getByRole("form", { name: "New service" });
    await serviceForm.getByLabel("Name", { exact: true }).fill(serviceName);
    await serviceForm.getByLabel("Duration (minutes)").fill("45");
    await serviceForm.getByLabel("Buffer after (minutes)").fill("15");
    await serviceForm.getByLabel(/^List price/).fill("75.00");
    await screenshot(page, "admin-service-new");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await serviceForm.getByRole("button", { name: "Create service" }).click();
    await waitForPath(page, "/admin/services");
    await page.getByRole("link", { name: serviceName }).waitFor();

    // 2. The receptionist's clinic offers it (a package's services must be bookable where staff work).
    await page.goto(`${baseUrl()}/admin/clinics`);
    await page.getByRole("link", { name: CLINIC, exact: true }).click();
    await waitForPath(page, /^\/admin\/clinics\/[^/]+$/);
    const clinicForm = page.getByRole("form", { name: "Edit clinic" });
    const offered = clinicForm.getByRole("group", { name: "Services offered" }).getByRole("checkbox", { name: serviceName, exact: true });
    await offered.check();
    expect(await offered.isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await clinicForm.getByRole("button", { name: "Save clinic" }).click();
    await waitForPath(page, "/admin/clinics");

    // 3. A provider qualified for it, working at the clinic on Monday and Wednesday mornings.
    await page.goto(`${baseUrl()}/admin/providers/new`);
    const providerForm = page.getByRole("form", { name: "New provider" });
    await providerForm.getByLabel("Name", { exact: true }).fill(providerName);
    await providerForm.getByLabel("Title", { exact: true }).fill("Shockwave Therapist");
    await providerForm.getByRole("group", { name: "Qualified for" }).getByRole("checkbox", { name: serviceName, exact: true }).check();
    await providerForm.getByRole("group", { name: "Works at" }).getByRole("checkbox", { name: CLINIC, exact: true }).check();
    const hours = providerForm.getByRole("group", { name: `Availability at ${CLINIC}` });
    for (const day of ["Monday", "Wednesday"]) {
      await hours.getByRole("button", { name: `Add hours on ${day}` }).click();
      await hours.getByLabel(`${day} interval 1 from`).fill("09:00");
      await hours.getByLabel(`${day} interval 1 to`).fill("13:00");
    }
    expect(await hours.getByLabel("Monday interval 1 to").inputValue()).toBe("13:00");
    await screenshot(page, "admin-provider-new");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await providerForm.getByRole("button", { name: "Create provider" }).click();
    // Hours inside the clinic's opening hours: back to the list (hours outside them would land on the edit page).
    await waitForPath(page, "/admin/providers");
    await page.getByRole("link", { name: providerName }).waitFor();

    // 4. A package template: 6 sessions of the new service, restricted to the new provider, at the clinic.
    await page.goto(`${baseUrl()}/admin/packages/new`);
    const packageForm = page.getByRole("form", { name: "New package" });
    await packageForm.getByLabel("Name", { exact: true }).fill(packageName);
    await packageForm.getByLabel("Description").fill("Created by the admin-catalogue end-to-end test.");
    await packageForm.getByLabel(/^Price/).fill("420");
    await packageForm.getByLabel("Valid for (days)").fill("120");
    await packageForm.getByRole("combobox", { name: "Service", exact: true }).click();
    await page.getByRole("option", { name: `${serviceName} · 45 min` }).click();
    await packageForm.getByLabel("Sessions", { exact: true }).fill("6");
    await packageForm.getByRole("combobox", { name: "Default clinic" }).click();
    await page.getByRole("option", { name: CLINIC, exact: true }).click();
    await packageForm.getByRole("checkbox", { name: providerName }).check();
    await packageForm.getByText("Restricted to 1 provider.").waitFor();
    await packageForm.getByText(`6 × ${serviceName}`).first().waitFor();
    await screenshot(page, "admin-package-new");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await packageForm.getByRole("button", { name: "Create package" }).click();
    await waitForPath(page, "/admin/packages");
    await page.getByRole("link", { name: packageName }).waitFor();

    // 5. The receptionist opens a patient, Book Appointment → Use Package: the new template is available.
    await browser.context.clearCookies();
    await signIn(page, STAFF.email, STAFF.password);
    await page.goto(`${baseUrl()}/patients`);
    await page.getByRole("table").getByRole("link").first().click();
    await waitForPath(page, /^\/patients\/[^/]+$/);
    await page.getByRole("button", { name: "Book Appointment" }).click();
    await page.getByRole("button", { name: "Use Package" }).click();
    const dialog = page.getByRole("dialog", { name: "Use Package" });
    const available = dialog.getByRole("group", { name: /^Available packages/ });
    const template = available.getByRole("radio", { name: packageName, exact: true });
    await template.waitFor();
    expect(await template.isEnabled()).toBe(true);
    await expect(available.getByText(`6 × ${serviceName} (45 min)`).isVisible()).resolves.toBe(true);
    // Not mistaken for something the patient already holds.
    expect(await dialog.getByRole("group", { name: /^Assigned to this patient/ }).getByText(packageName).count()).toBe(0);
    await template.scrollIntoViewIfNeeded();
    await screenshot(page, "staff-sees-new-package");
  });
});

describe("an admin form asks before unsaved changes are left behind", () => {
  const browser = useBrowser(ADMIN);

  test("a typed-in service: a link asks first; staying keeps the text, leaving goes", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/admin/services/new`);
    const form = page.getByRole("form", { name: "New service" });
    await form.getByLabel("Name", { exact: true }).fill("Half-typed service");

    const questions: string[] = [];
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await form.getByRole("link", { name: "Cancel" }).click();
    expect(questions).toEqual(["Leave this page? Your changes have not been saved."]);
    expect(new URL(page.url()).pathname).toBe("/admin/services/new");
    expect(await form.getByLabel("Name", { exact: true }).inputValue()).toBe("Half-typed service");

    page.once("dialog", (dialog) => void dialog.accept());
    await form.getByRole("link", { name: "Cancel" }).click();
    await waitForPath(page, "/admin/services");
  });
});

