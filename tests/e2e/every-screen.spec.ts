// Every page of the app and the main dialogs, at desktop (1440×900), tablet (768 px, width only) and phone (390×844):
// axe (wcag2a, wcag2aa, wcag21aa, best-practice) with no violation of any impact, no sideways scrolling, and the
// navigation within reach (on a phone behind the Menu button). Ids come from the demo data, read only, or from what
// the test itself creates (a package assigned in the Use Package steps). Screenshots: E2E_SCREENSHOT_DIR.
import type { Page } from "playwright-core";
import { baseUrl, signIn, useSharedBrowser } from "./support/browser";
import { ADMIN, STAFF } from "./support/logins";
import { pageRoutes } from "./support/routes";
import { hasFocus } from "./support/keyboard";
import { checkScreen, resize } from "./support/screen-check";
import { assignTemplate, autoScheduleWithTwoProviders, SLOW } from "./support/use-package";

// Each test visits many screens, three sizes each; on a loaded machine an axe scan alone takes seconds.
jest.setTimeout(900_000);

/** A page to visit: its route as app/ names it, and how to get its URL (ids read from pages visited before). */
type Visit = { route: string; name: string; url: (ids: Ids) => string | undefined };
type Ids = Record<string, string>;

const STAFF_VISITS: Visit[] = [
  { route: "/", name: "today", url: () => "/" },
  { route: "/calendar", name: "calendar-week", url: () => "/calendar" },
  { route: "/calendar", name: "calendar-day", url: () => "/calendar?view=day" },
  { route: "/patients", name: "patients", url: () => "/patients" },
  { route: "/patients/new", name: "patient-new", url: () => "/patients/new" },
  // Its rows are patients with a course, whose page has a course to print.
  { route: "/reports/expiring", name: "expiring", url: () => "/reports/expiring" },
  { route: "/patients/[id]", name: "patient", url: (ids) => ids.patient },
  { route: "/patients/[id]/edit", name: "patient-edit", url: (ids) => `${ids.patient}/edit` },
  { route: "/patients/[id]/courses/[purchaseId]/print", name: "course-print", url: (ids) => ids.print },
  { route: "/account", name: "account", url: () => "/account" },
];

/** Admin list pages, each followed by its first row's page and its "new" form. */
const ADMIN_SECTIONS = ["clinics", "packages", "providers", "services", "staff", "patients"];
const ADMIN_VISITS: Visit[] = [
  { route: "/admin", name: "admin", url: () => "/admin" },
  ...ADMIN_SECTIONS.flatMap((s): Visit[] => [
    { route: `/admin/${s}`, name: `admin-${s}`, url: () => `/admin/${s}` },
    { route: `/admin/${s}/[id]`, name: `admin-${s}-edit`, url: (ids) => ids[s] },
    { route: `/admin/${s}/new`, name: `admin-${s}-new`, url: () => `/admin/${s}/new` },
  ]),
  { route: "/admin/patients/deactivated", name: "admin-patients-deactivated", url: () => "/admin/patients/deactivated" },
  { route: "/admin/messages", name: "admin-messages", url: () => "/admin/messages" },
  // Demo data sends no e-mail: a message page is visited when the list has one.
  { route: "/admin/messages/[id]", name: "admin-message", url: (ids) => ids.messages },
  { route: "/admin/messages/preview", name: "admin-message-preview", url: () => "/admin/messages/preview" },
  { route: "/admin/settings", name: "admin-settings", url: () => "/admin/settings" },
  ...["", "/at-risk", "/audit", "/liability", "/usage", "/utilisation"].map((r): Visit => ({
    route: `/admin/reports${r}`,
    name: `admin-reports${r.replace("/", "-")}`,
    url: () => `/admin/reports${r}`,
  })),
];

const PUBLIC_VISITS: Visit[] = [
  { route: "/login", name: "login", url: () => "/login" },
  { route: "/unsubscribe/[token]", name: "unsubscribe", url: () => "/unsubscribe/not-a-real-token" },
];

/** The first link on the page whose path matches, e.g. a table's first row. */
async function firstPath(page: Page, pattern: RegExp): Promise<string> {
  const paths = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const path = paths.find((p) => pattern.test(p));
  if (!path) throw new Error(`No link matching ${pattern} on ${page.url()}`);
  return path;
}

async function hasPath(page: Page, pattern: RegExp): Promise<boolean> {
  return firstPath(page, pattern).then(
    () => true,
    () => false,
  );
}

/** After visiting a list page, remember the id pages it links to. */
async function collectIds(page: Page, visit: Visit, ids: Ids): Promise<void> {
  if (visit.name === "patients" || visit.name === "expiring") ids.patient = await firstPath(page, /^\/patients\/(?!new$)[^/]+$/);
  if (visit.name === "patient") {
    // A course with upcoming sessions offers its calendar file, beside which its print view lives; a patient whose
    // courses have none left leaves the print view to the front-desk suite (it prints from the Done screen).
    const ics = page.locator('a[href$="/calendar.ics"]').first();
    if (await ics.waitFor({ timeout: 5_000 }).then(() => true, () => false)) ids.print = (await ics.getAttribute("href"))!.replace(/calendar\.ics$/, "print");
  }
  const section = /^admin-(\w+)$/.exec(visit.name)?.[1];
  if (section && (ADMIN_SECTIONS.includes(section) || section === "messages")) {
    const pattern = new RegExp(`^/admin/${section}/(?!new$|deactivated$|preview$)[^/]+$`);
    if (section !== "messages" || (await hasPath(page, pattern))) ids[section] = await firstPath(page, pattern);
  }
}

async function visitAll(page: Page, visits: Visit[], problems: string[], shell = true): Promise<void> {
  const ids: Ids = {};
  for (const visit of visits) {
    const url = visit.url(ids);
    if (url === undefined && (visit.name === "admin-message" || visit.name === "course-print")) continue;
    const response = await page.goto(`${baseUrl()}${url}`);
    if (!response?.ok()) problems.push(`${visit.name}: HTTP ${response?.status()}`);
    await page.locator("main, form").first().waitFor(SLOW);
    await checkScreen(page, visit.name, problems, { shell });
    await collectIds(page, visit, ids);
  }
}

describe("every screen at desktop, tablet and phone sizes", () => {
  const browser = useSharedBrowser();

  test("the suite knows every page of the app", () => {
    const placeholder = (route: string) => route.replace(/\[[^\]]+\]/g, "does-not-exist");
    const visited = new Set([...STAFF_VISITS, ...ADMIN_VISITS, ...PUBLIC_VISITS].map((v) => placeholder(v.route)));
    expect(pageRoutes().filter((r) => !visited.has(r))).toEqual([]);
  });

  test("signed out: the sign-in and unsubscribe pages", async () => {
    const problems: string[] = [];
    await visitAll(browser.page, PUBLIC_VISITS, problems, false);
    expect(problems).toEqual([]);
  });

  test("staff: every page", async () => {
    const { page } = browser;
    await signIn(page, STAFF.email, STAFF.password);
    const problems: string[] = [];
    await visitAll(page, STAFF_VISITS, problems);
    expect(problems).toEqual([]);
  });

  test("staff: the phone menu opens as a dialog, Escape closes it and focus returns to its button", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/patients`);
    await resize(page, "phone");
    const button = page.getByRole("button", { name: "Menu", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    // The open dialog hides the rest of the page from the accessibility tree, its button too.
    expect(await page.getByRole("button", { name: "Menu", exact: true, includeHidden: true }).getAttribute("aria-expanded")).toBe("true");
    const menu = page.getByRole("dialog", { name: "Menu" });
    await menu.getByRole("link", { name: "Calendar" }).waitFor();
    const problems: string[] = [];
    await checkScreen(page, "menu", problems, { shell: false });
    await resize(page, "phone");
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent)).toMatch(/Menu/);
    // A link in the menu navigates and closes it.
    await button.click();
    await menu.getByRole("link", { name: "Calendar" }).click();
    await page.waitForURL("**/calendar");
    await menu.waitFor({ state: "detached" });
    await resize(page, "desktop");
    expect(problems).toEqual([]);
  });

  test("staff: Book chooser, single session, Use Package steps and the inline patient form", async () => {
    const { page } = browser;
    const problems: string[] = [];
    await page.goto(`${baseUrl()}/`);
    const chooser = page.getByRole("dialog", { name: "Book Appointment" });

    await page.getByRole("button", { name: "Book Appointment" }).click();
    await chooser.waitFor();
    await checkScreen(page, "dialog-book-chooser", problems, { shell: false });

    await chooser.getByRole("button", { name: "Single session" }).click();
    const single = page.getByRole("dialog", { name: "Single session" });
    await single.getByRole("combobox", { name: "Search patients" }).waitFor();
    await checkScreen(page, "dialog-single-session-empty", problems, { shell: false });
    const typed = "Zebedee Nobodymatches";
    await single.getByRole("combobox", { name: "Search patients" }).fill(typed);
    await single.getByRole("option", { name: `Add “${typed}” as a new patient` }).waitFor(SLOW);
    await checkScreen(page, "dialog-single-session-no-match", problems, { shell: false });
    await single.getByRole("option", { name: `Add “${typed}” as a new patient` }).click();
    await single.getByRole("form", { name: "New patient" }).waitFor(SLOW);
    await checkScreen(page, "dialog-new-patient-inline", problems, { shell: false });
    await page.keyboard.press("Escape");
    await single.waitFor({ state: "detached" });

    const { modal } = await assignTemplate(page, () => checkScreen(page, "dialog-use-package-package", problems, { shell: false }));
    await checkScreen(page, "dialog-use-package-schedule", problems, { shell: false });
    await autoScheduleWithTwoProviders(page, modal);
    await checkScreen(page, "dialog-use-package-preview", problems, { shell: false });
    await page.keyboard.press("Escape");
    expect(problems).toEqual([]);
  });

  test("staff: a calendar appointment by keyboard alone, with its reschedule and cancel dialogs", async () => {
    const { page } = browser;
    const problems: string[] = [];
    await page.goto(`${baseUrl()}/calendar`);
    await page.getByRole("region", { name: "Appointments" }).waitFor();
    // Tab from the top of the page to the first appointment that can still be rescheduled: a scheduled one, opened to
    // see its actions (one that has already started today offers check-in and no-show instead of Reschedule).
    const scheduled = /\(Scheduled\)$/;
    const details = page.getByRole("dialog").filter({ has: page.getByRole("group", { name: "Appointment actions" }) });
    let label = "";
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      label = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")) || "";
      if (!scheduled.test(label)) continue;
      await page.keyboard.press("Enter");
      await details.waitFor();
      if ((await details.getByRole("button", { name: "Reschedule" }).count()) > 0) break;
      await page.keyboard.press("Escape");
      await details.waitFor({ state: "detached" });
      await page.waitForFunction((l) => document.activeElement?.getAttribute("aria-label") === l, label, { timeout: 5_000 });
      label = "";
    }
    expect(label).toMatch(scheduled);
    await checkScreen(page, "dialog-appointment", problems, { shell: false });

    for (const [action, title, name] of [
      ["Reschedule", "Reschedule appointment", "dialog-reschedule"],
      ["Cancel appointment", "Cancel appointment", "dialog-cancel"],
    ] as const) {
      await details.getByRole("button", { name: action }).focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: title, exact: true });
      await dialog.waitFor();
      await checkScreen(page, name, problems, { shell: false });
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      // Focus goes back to the action that opened it, inside the appointment's dialog.
      expect(await hasFocus(details.getByRole("button", { name: action }))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await details.waitFor({ state: "detached" });
    // Back on the appointment it opened from, once Radix hands focus back (a task after the dialog unmounts).
    await page.waitForFunction((l) => document.activeElement?.getAttribute("aria-label") === l, label, { timeout: 5_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(label);
    expect(problems).toEqual([]);
  });

  describe("admin", () => {
    const admin = useSharedBrowser(ADMIN);

    // In three groups, so a failure names its part: each group is visited in order (a list before its rows' pages).
    const groups = {
      "lists, their rows' pages and the new forms": ADMIN_VISITS.filter((v) => ADMIN_SECTIONS.some((s) => v.route.startsWith(`/admin/${s}`))),
      "overview, messages and settings": ADMIN_VISITS.filter((v) => !ADMIN_SECTIONS.some((s) => v.route.startsWith(`/admin/${s}`)) && !v.route.startsWith("/admin/reports")),
      reports: ADMIN_VISITS.filter((v) => v.route.startsWith("/admin/reports")),
    };
    test.each(Object.entries(groups))("admin: %s", async (_, visits) => {
      const problems: string[] = [];
      await visitAll(admin.page, visits, problems);
      expect(problems).toEqual([]);
    });
  });
});
