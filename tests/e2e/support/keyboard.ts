// Driving a page by keyboard alone, and judging where focus is and whether it can be seen.
import type { Locator, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOT_DIR, axeOf } from "./browser";
import { AXE_TAGS } from "./screen-check";

export type Focused = { tag: string; role: string; name: string; id: string; inDialog: string | null; visible: boolean; why: string };

/**
 * What has focus: its role, accessible name (aria-label, aria-labelledby, a label, else its text), the dialog it is
 * in, and whether its focus indicator shows. Visible means an outline (a style, a width and a colour that is not
 * transparent) or a ring: a box-shadow layer with a spread of at least 1 px in a colour that is not transparent
 * (a plain drop shadow has no spread). The element's own, or a wrapper's a few levels up that rings it while it has
 * focus (a radio card, a search box's row), once its transitions have run.
 */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    // A ring that fades in (transition-shadow) is judged once it is there.
    for (let node = el, up = 0; node && up < 4; node = node.parentElement, up++) {
      const finite = node.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    }
    if (!el || el === document.body) return { tag: "body", role: "", name: "", id: "", inDialog: null, visible: false, why: "focus is on the page itself" };
    const text = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
        .join(" ")
        .trim();
    const labelled = el.getAttribute("aria-labelledby");
    const labels = (el as HTMLInputElement).labels;
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? text(labelled) : labels && labels.length > 0 ? (labels[0].textContent ?? "").trim() : (el.textContent ?? "").trim());
    const opaque = (colour: string) => !/^(transparent|rgba\(.*,\s*0\)|.*\/\s*0\))$/.test(colour.trim());
    const ringed = (node: HTMLElement) => {
      const cs = getComputedStyle(node);
      if (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0 && opaque(cs.outlineColor)) return `outline ${cs.outlineWidth} ${cs.outlineColor}`;
      // "rgb(…) 0px 0px 0px 2px" or "0px 0px 0px 2px rgb(…)" per layer; the layers are split on commas outside ().
      const layers = cs.boxShadow === "none" ? [] : cs.boxShadow.split(/,(?![^(]*\))/);
      for (const layer of layers) {
        const colour = /(rgba?|oklab|oklch|lab|lch|color)\([^)]*\)/.exec(layer)?.[0] ?? "";
        const lengths = [...layer.replace(colour, "").matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
        if (lengths.length >= 4 && lengths[3] >= 1 && colour && opaque(colour)) return `ring ${layer.trim()}`;
      }
      return null;
    };
    const dialog = el.closest('[role="dialog"]');
    let why: string | null = null;
    let node: HTMLElement | null = el;
    for (let up = 0; node && up < 4 && why === null; up++, node = node.parentElement) why = ringed(node);
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role") ?? "",
      name: name.replace(/\s+/g, " "),
      id: el.id,
      inDialog: dialog ? (dialog.getAttribute("aria-label") ?? text(dialog.getAttribute("aria-labelledby") ?? "")) : null,
      visible: why !== null,
      why: why ?? "no outline and no ring on it or its wrappers",
    };
  });
}

/** Waits (frame by frame) until focus is on an element whose name matches and its focus shows; fails with where focus is instead. */
export async function expectFocusOn(page: Page, name: RegExp, timeout = 30_000): Promise<Focused> {
  const until = Date.now() + timeout;
  for (;;) {
    const now = await focused(page);
    if (name.test(now.name)) {
      if (!now.visible) throw new Error(`Focus on "${now.name}" cannot be seen: ${now.why}`);
      return now;
    }
    if (Date.now() > until) throw new Error(`Focus should be on ${name}, but is on ${now.tag}[role=${now.role}] "${now.name}"`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

/**
 * Whether `l` has (or within `timeout` gets) the focus. Radix hands focus back to a popover's or dialog's trigger a
 * task after the content unmounts (and only once its fade-out ends), so a check made the instant it detaches races it.
 */
export async function hasFocus(l: Locator, timeout = 5_000): Promise<boolean> {
  const handle = await l.elementHandle();
  return l
    .page()
    .waitForFunction((el) => el === document.activeElement, handle, { timeout })
    .then(() => true)
    .catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches, at most `max` times. */
export async function tabTo(page: Page, name: RegExp, { back = false, max = 60 } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (name.test(now.name)) {
      if (!now.visible) throw new Error(`Focus on "${now.name}" cannot be seen: ${now.why}`);
      return now;
    }
    seen.push(now.name.slice(0, 40));
  }
  throw new Error(`${back ? "Shift+Tab" : "Tab"} never reached ${name}; went through: ${seen.join(" | ")}`);
}

/**
 * Every axe violation (any impact, the four tag sets) in the open dialog and any popover open over it (portalled
 * beside it), as readable lines.
 */
export async function dialogViolations(page: Page, dialog: Locator): Promise<string[]> {
  await dialog.waitFor();
  let axe = axeOf(page).withTags(AXE_TAGS).include('[role="dialog"]');
  if ((await page.locator('[data-slot="popover-content"]').count()) > 0) axe = axe.include('[data-slot="popover-content"]');
  const result = await axe.analyze();
  return result.violations.map((v) => `axe ${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** The window as it is (a dialog is fixed to it: a full-page picture would cut it off at the fold). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `keyboard-${name}.png`) });
}
