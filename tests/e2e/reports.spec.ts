import type { Page } from "playwright-core";
import { baseUrl, screenshot, seriousA11yViolations, signIn, useBrowser } from "./support/browser";
import { ADMIN, NEW_YORK_STAFF } from "./support/logins";
import { exportCsv } from "./support/reports";

const LONDON = "Cadence Physio — London Bridge";

describe("reports", () => {
  const browser = useBrowser();

  test("an admin opens the liability report, filters it to a clinic and a period, sees a chart, exports CSV", async () => {
    const { page } = browser;
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Reports" }).click();
    await page.getByRole("link", { name: /Package liability/ }).click();
    await page.waitForURL((u) => u.pathname === "/admin/reports/liability");
    await page.getByRole("heading", { name: "Package liability" }).waitFor();
    // The demo data's sales are within the last months: a year up to today has movements.
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Clinic", { exact: true }).selectOption({ label: LONDON });
    // The period is chosen with date pickers; their form values are the hidden ISO inputs.
    await setHiddenDate(page, "from", yearAgo);
    await setHiddenDate(page, "to", today);
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((u) => u.searchParams.get("from") === yearAgo && u.searchParams.has("clinic"));
    const row = page.getByRole("table", { name: /Package liability per clinic/ }).getByRole("row", { name: new RegExp(LONDON) });
    await row.waitFor();
    await page.locator("[data-testid=report-chart] .recharts-surface").first().waitFor();
    // The chart's figures are also a table for screen readers.
    expect(await page.getByRole("table", { name: /Movements in the period/ }).count()).toBe(1);
    await screenshot(page, "reports-liability");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const csv = await exportCsv(page);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    // One line per clinic and currency: amounts in the line's own currency.
    expect(lines[0]).toMatch(/^Clinic,Currency,From,To,Opening balance \(amount\),Sold \(amount\)/);
    expect(lines[1]).toMatch(new RegExp(`^${LONDON},GBP,${yearAgo},${today},\\d+\\.\\d\\d,`));
    // Sold in the period shows on the page as it is in the file.
    const sold = Number(lines[1].split(",")[5]);
    expect(sold).toBeGreaterThan(0);
    expect(await row.textContent()).toContain(`£${sold.toLocaleString("en-GB", { minimumFractionDigits: 2 })}`);
  });

  test("an admin opens usage and utilisation, filters to a clinic, sees a chart, exports CSV", async () => {
    const { page } = browser;
    await signIn(page, ADMIN.email, ADMIN.password);
    const reports = [
      { link: "Package usage", path: "/admin/reports/usage", header: "Month,Clinic,Package,Service,Sold,Booked,Completed,Forfeited,Lapsed" },
      { link: "Provider utilisation", path: "/admin/reports/utilisation", header: "Week (Monday),Provider,Clinic,Available hours,Booked hours,Utilisation (%)" },
    ];
    for (const r of reports) {
      await page.goto(`${baseUrl()}/admin/reports`);
      await page.getByRole("link", { name: new RegExp(r.link) }).click();
      await page.waitForURL((u) => u.pathname === r.path);
      await page.getByLabel("Clinic", { exact: true }).selectOption({ label: LONDON });
      await page.getByRole("button", { name: "Apply" }).click();
      await page.waitForURL((u) => u.searchParams.has("clinic"));
      await page.locator("[data-testid=report-chart] .recharts-surface").first().waitFor();
      await screenshot(page, `reports-${r.path.split("/").pop()}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      const lines = (await exportCsv(page)).replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe(r.header);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.slice(1, -1).every((l) => l.includes(LONDON))).toBe(true);
    }
  });

  test("an admin reads the audit log: a patient-record view as a sentence, filtered, exported", async () => {
    const { page } = browser;
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${baseUrl()}/patients`);
    const patientLink = page.locator("a[href^='/patients/c']").first();
    await patientLink.click();
    await page.waitForURL((u) => /^\/patients\/[^/]+$/.test(u.pathname));
    const patientName = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("link", { name: "Open the audit log" }).click();
    await page.waitForURL((u) => u.pathname === "/admin/reports/audit");
    await page.getByLabel("Action").selectOption("patient.viewed");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((u) => u.searchParams.get("action") === "patient.viewed");
    const entry = page.getByRole("cell", { name: new RegExp(`Viewed the record of ${patientName}`) }).first();
    await entry.waitFor();
    await screenshot(page, "reports-audit");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const csv = await exportCsv(page);
    expect(csv).toContain(`Viewed the record of ${patientName},patient.viewed,Patient,`);
  });

  test("staff see only their clinics' expiring packages, and Book now opens the course's Auto Schedule", async () => {
    const { page } = browser;
    await signIn(page, NEW_YORK_STAFF.email, NEW_YORK_STAFF.password);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Expiring" }).click();
    await page.waitForURL((u) => u.pathname === "/reports/expiring");
    // The report streams in behind its skeleton after the URL changes: read it once it is there.
    await page.getByTestId("page-loading").waitFor({ state: "detached", timeout: 60_000 });
    await page.getByLabel("Clinic", { exact: true }).waitFor();
    const options = await page.getByLabel("Clinic", { exact: true }).locator("option").allTextContents();
    expect(options).toEqual(["All my clinics", "Cadence Clinic — New York"]);
    await page.getByLabel("Expiring within (days)").fill("120");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((u) => u.searchParams.get("days") === "120");
    await page.getByTestId("page-loading").waitFor({ state: "detached", timeout: 60_000 });
    await page.getByLabel("Clinic", { exact: true }).waitFor();
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body).not.toContain("London Bridge");
    expect(body).not.toContain("Manchester");
    await screenshot(page, "reports-expiring-staff");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const bookNow = page.getByRole("link", { name: /^Book now:/ }).first();
    if ((await bookNow.count()) > 0) {
      await bookNow.click();
      await page.getByRole("dialog", { name: "Re-plan the rest of the course" }).waitFor();
      await screenshot(page, "reports-expiring-book-now");
    } else {
      // The demo data must give the list something to show; fail loudly rather than skip the check.
      throw new Error("No expiring package for New York in the demo data.");
    }
  });
});

async function setHiddenDate(page: Page, name: string, isoDate: string): Promise<void> {
  await page.locator(`input[type="hidden"][name="${name}"]`).evaluate((el, v) => ((el as HTMLInputElement).value = v), isoDate);
}
