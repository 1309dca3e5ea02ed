import { baseUrl, openBrowser, screenshot, seriousA11yViolations, signIn, type BrowserSession } from "./support/browser";
import { sessionCookie } from "./support/http-session";

// Demo data: the London Bridge / Manchester front desk and the New York front desk share no clinic.
const LONDON_DESK = { email: "reception@cadence.test", password: "cadence-staff" };
const NEW_YORK_DESK = { email: "frontdesk.ny@cadence.test", password: "cadence-staff" };
const ICS = /\/patients\/([^/"?]+)\/courses\/([^/"?]+)\/calendar\.ics/;

jest.setTimeout(180_000);

const get = (path: string, cookie: string) => fetch(`${baseUrl()}${path}`, { redirect: "manual", headers: { cookie } });

/** A course with sessions to come that the London desk can export: the first patient, in list order, who has one. */
async function londonCourse(cookie: string): Promise<{ patientId: string; purchaseId: string; icsPath: string }> {
  for (let page = 1; page <= 20; page += 1) {
    const list = await (await get(`/patients?page=${page}`, cookie)).text();
    const rows = list.split("<tr").slice(1);
    if (rows.length === 0) break;
    // Patients of London Bridge (their preferred clinic, a column of the list), whose courses are booked there.
    const ids = rows.filter((r) => r.includes("London Bridge")).flatMap((r) => [.../href="\/patients\/([^/"?]+)"/.exec(r) ?? []].slice(1, 2));
    for (const id of ids) {
      const match = ICS.exec(await (await get(`/patients/${id}`, cookie)).text());
      if (match) return { patientId: match[1], purchaseId: match[2], icsPath: match[0] };
    }
  }
  throw new Error("The demo data has no course the London desk can export.");
}

describe("Clinic scoping: the New York desk and a London course", () => {
  let browser: BrowserSession;
  let course: Awaited<ReturnType<typeof londonCourse>>;
  let londonCookie: string;
  let newYorkCookie: string;
  beforeAll(async () => {
    [londonCookie, newYorkCookie] = await Promise.all([
      sessionCookie(LONDON_DESK.email, LONDON_DESK.password),
      sessionCookie(NEW_YORK_DESK.email, NEW_YORK_DESK.password),
    ]);
    course = await londonCourse(londonCookie);
    browser = await openBrowser();
    await signIn(browser.page, NEW_YORK_DESK.email, NEW_YORK_DESK.password);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the patient page shows the course as a read-only summary: no sessions, no re-plan, no calendar file, no actions", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/patients/${course.patientId}`);
    await page.getByRole("heading", { name: "Packages" }).waitFor();
    const summary = page.getByTestId("other-clinic-course");
    await summary.first().waitFor();
    await page.getByRole("heading", { name: "At other clinics (read only)" }).waitFor();
    expect(await summary.first().getByText(/^Managed at /).textContent()).toMatch(/^Managed at Cadence Physio — London Bridge · last day /);
    expect(await summary.first().getByRole("list", { name: /^Sessions per service of / }).getByRole("listitem").count()).toBeGreaterThan(0);
    for (const name of ["Re-plan the rest", "Re-plan affected sessions", "Extend expiry", "Cancel package", "Check in", "Complete", "More"]) {
      expect([name, await page.getByRole("button", { name, exact: true }).count()]).toEqual([name, 0]);
    }
    expect(await page.getByRole("link", { name: /Add to calendar/ }).count()).toBe(0);
    expect(await page.content()).not.toContain(course.icsPath);
    // Demographics stay group-wide: the desk can still book the patient at its own clinic.
    await page.getByText("Date of birth", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Book Appointment" }).waitFor();
    await screenshot(page, "clinic-scope-other-clinic-course");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("the course's calendar file answers 404 to the New York desk and 200 to the London desk", async () => {
    const refused = await get(course.icsPath, newYorkCookie);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain("BEGIN:VCALENDAR");
    const own = await get(course.icsPath, londonCookie);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("BEGIN:VEVENT");
  });
});
