import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import type { Login } from "./logins";

export const baseUrl = (): string => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run end-to-end tests through `npm test`, which starts the app.");
  return url;
};

export const SCREENSHOT_DIR = resolve(__dirname, "../../../test-results/screenshots");

export type BrowserSession = { context: BrowserContext; page: Page; close(): Promise<void> };

/** A fresh Chromium profile per test file; flags keep the browser off this machine's closed network. */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "cadence-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  failOnBrowserProblems(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A Content-Security-Policy violation or an uncaught error in the page is reported as a console.error in the test
 * process, which fails the test (tests/support/fail-on-console-error.ts): a policy that blocks the app's own
 * scripts or styles must not go unnoticed. Chromium reports violations as console errors ("Refused to … because it
 * violates the following Content Security Policy directive …").
 */
function failOnBrowserProblems(context: BrowserContext): void {
  context.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      console.error(`CSP violation in the browser (${message.location().url || "page"}): ${message.text()}`);
    }
  });
  context.on("weberror", (error) => console.error(`Uncaught error in the page: ${error.error().stack ?? error.error().message}`));
}

/**
 * A fresh browser for each test of the enclosing describe, closed after it (and signed in as `login` when given).
 * Tests read `page` and `context` from it as from an opened BrowserSession.
 */
export function useBrowser(login?: Login): BrowserSession {
  return browserBetween(beforeEach, afterEach, login);
}

/** One browser for all the tests of the enclosing describe (each goes on from where the last left it), closed after them. */
export function useSharedBrowser(login?: Login): BrowserSession {
  return browserBetween(beforeAll, afterAll, login);
}

function browserBetween(open: (fn: () => Promise<void>) => void, close: (fn: () => Promise<void>) => void, login?: Login): BrowserSession {
  let current: BrowserSession | undefined;
  open(async () => {
    current = await openBrowser();
    if (login) await signIn(current.page, login.email, login.password);
  });
  close(async () => {
    await current?.close();
    current = undefined;
  });
  const session = (): BrowserSession => {
    if (!current) throw new Error("The browser is open only while the tests that asked for it run.");
    return current;
  };
  return {
    get context() {
      return session().context;
    },
    get page() {
      return session().page;
    },
    close: () => session().close(),
  };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The page under axe: a patient e-mail is shown in a sandboxed frame without scripts, where axe cannot run (it waits
 * for the frame forever); the frame element itself (its title) is still judged, and the e-mail's HTML is the
 * template tests' business.
 */
export function axeOf(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).exclude("iframe[sandbox]");
}

/** Serious and critical accessibility violations on the current page, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // A router refresh (after an action) re-renders the page and streams its metadata in again: let the <title> land
  // before judging the page, for up to 5 s; a page that never gets one is still reported by axe.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  const result = await axeOf(page).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}
