import { baseUrl, screenshot, seriousA11yViolations, useBrowser } from "./support/browser";
import { ADMIN } from "./support/logins";
import { exportCsv } from "./support/reports";

const LONDON = "Cadence Physio — London Bridge";

describe("at-risk courses", () => {
  const browser = useBrowser(ADMIN);

  test("an admin opens the at-risk report for one clinic, sees the plan of every package and capacity per service, exports CSV", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/admin/reports`);
    await page.getByRole("link", { name: /At-risk courses/ }).click();
    await page.waitForURL((u) => u.pathname === "/admin/reports/at-risk");
    await page.getByRole("heading", { name: "At-risk courses" }).waitFor();
    // One clinic at a time: there is no "All clinics" choice, and the first clinic is chosen.
    expect(await page.getByLabel("Clinic", { exact: true }).locator("option", { hasText: "All clinics" }).count()).toBe(0);
    await page.getByLabel("Clinic", { exact: true }).selectOption({ label: LONDON });
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((u) => u.searchParams.has("clinic"));
    const summary = page.getByText(new RegExp(`\\d+ active packages? at ${LONDON} with unbooked sessions; \\d+ won.t fit`));
    await summary.waitFor();
    await page.getByRole("heading", { name: "Unbooked sessions and free capacity per service" }).waitFor();
    await screenshot(page, "reports-at-risk");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const [total] = ((await summary.textContent()) ?? "").match(/\d+/)!;
    const lines = (await exportCsv(page)).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Clinic,Patient,Package,Last day,Unbooked sessions,Placeable before expiry,Status,Planner's reason");
    expect(lines.slice(1, -1)).toHaveLength(Number(total));
    expect(lines.slice(1, -1).every((l) => l.startsWith(`${LONDON},`))).toBe(true);
  });
});
