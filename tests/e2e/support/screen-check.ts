// What every screen must pass at every size: axe with no violation of any impact, no sideways scrolling, and the
// main navigation within reach. Used by tests/e2e/every-screen.spec.ts.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOT_DIR, axeOf } from "./browser";

export const SIZES = {
  desktop: { width: 1440, height: 900 },
  tablet: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;
export type Size = keyof typeof SIZES;

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"];

/** Where the screenshots go: E2E_SCREENSHOT_DIR when set (to look at them), else beside the other suites' ones. */
export const SHOTS_DIR = process.env.E2E_SCREENSHOT_DIR || join(SCREENSHOT_DIR, "every-screen");

export async function resize(page: Page, size: Size): Promise<void> {
  await page.setViewportSize(SIZES[size]);
  // Let layout (and anything measuring it, like the tables' scroll regions) settle before judging.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Every axe violation (any impact) under the four tag sets, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  const result = await axeOf(page).withTags(AXE_TAGS).analyze();
  return result.violations.map(
    (v) => `axe ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
  );
}

/** Null when the page fits the window's width; otherwise how far it overflows and the widest culprits. */
export async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scroll = document.scrollingElement!.scrollWidth;
    if (scroll <= width) return null;
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.children.length === 0)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`);
    return `scrolls sideways (${scroll} px in ${width} px): ${culprits.join(", ")}`;
  });
}

/** The main navigation is on screen: its links on a wide screen, the menu button on a narrow one. */
export async function navigationProblem(page: Page, size: Size): Promise<string | null> {
  const target =
    size === "phone"
      ? page.getByRole("button", { name: "Menu", exact: true })
      : page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" });
  return (await target.isVisible()) ? null : `navigation not reachable (${size === "phone" ? "no Menu button" : "no Patients link"})`;
}

/** The whole page, or only the window while a dialog is open (the page behind it says nothing). */
export async function shoot(page: Page, size: Size, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const dialog = await page.getByRole("dialog").count();
  await page.screenshot({ path: join(SHOTS_DIR, `${size}-${name}.png`), fullPage: dialog === 0 });
}

/**
 * Judges the current screen at desktop, tablet (width only) and phone sizes, adding what fails to `problems`.
 * Leaves the page at desktop size. `shell`: the screen has the app's navigation.
 */
export async function checkScreen(page: Page, name: string, problems: string[], { shell = true } = {}): Promise<void> {
  for (const size of ["desktop", "tablet", "phone"] as const) {
    await resize(page, size);
    const found: (string | null)[] = [await sidewaysScroll(page)];
    if (size !== "tablet") {
      found.push(...(await axeViolations(page)));
      if (shell) found.push(await navigationProblem(page, size));
      await shoot(page, size, name);
    }
    for (const p of found) if (p) problems.push(`${size} ${name}: ${p}`);
  }
  await resize(page, "desktop");
}
