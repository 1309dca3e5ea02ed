// Use Package's steps driven by keyboard alone (keyboard-booking.spec.ts): each key press, then where focus must be.
import type { Locator, Page } from "playwright-core";
import { dialogViolations, expectFocusOn, focused, tabTo } from "./keyboard";
import { escape, SLOW, TEMPLATES } from "./use-package";

/**
 * Types in the patient search, arrows to a patient and picks them with Enter; on the package step (focus on its
 * first radio), arrows to the first of TEMPLATES the patient may take. A patient who may take none (re-runs use up
 * per-patient limits) is changed for the next one: Shift+Tab to "Change patient", Enter, and search again.
 */
export async function choosePatientAndTemplate(page: Page, modal: Locator): Promise<{ patientName: string; template: string }> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.type("an");
    const options = modal.getByRole("listbox", { name: "Matching patients" }).getByRole("option");
    await options.nth(i).waitFor(SLOW);
    for (let down = 0; down < i; down++) await page.keyboard.press("ArrowDown");
    // The search box keeps focus; the option Enter will pick is the selected one.
    await options.nth(i).and(modal.locator('[aria-selected="true"]')).waitFor();
    await page.keyboard.press("Enter");
    const available = modal.getByRole("group", { name: /Available packages/ });
    await available.waitFor(SLOW);
    const change = modal.getByRole("button", { name: /^Change patient/ });
    const patientName = (await change.getAttribute("aria-label"))!.replace(/^Change patient \(now (.+)\)$/, "$1");
    // Focus is on the package step's first radio.
    const start = await expectFocusOn(page, /./);
    expect(start.tag).toBe("input");
    const enabled = await available.getByRole("radio").evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).disabled).map((el) => el.getAttribute("aria-labelledby")));
    const names = await Promise.all(enabled.map((id) => modal.locator(`[id="${id}"]`).textContent()));
    const template = TEMPLATES.find((t) => names.includes(t));
    if (!template) {
      await tabTo(page, /^Change patient/, { back: true });
      await page.keyboard.press("Enter");
      await expectFocusOn(page, /^Search patients$/);
      continue;
    }
    // Arrow keys move through the radios, the patient's own purchases first (checking each); stop on the template;
    // Space checks it if focus started there.
    const radio = available.getByRole("radio", { name: template, exact: true });
    for (let down = 0; !(await radio.evaluate((el) => el === document.activeElement)); down++) {
      if (down > 30) throw new Error(`ArrowDown never reached ${template}; focus is on "${(await focused(page)).name}"`);
      await page.keyboard.press("ArrowDown");
    }
    await expectFocusOn(page, new RegExp(`^${escape(template)}$`));
    await page.keyboard.press("Space");
    expect(await radio.isChecked()).toBe(true);
    return { patientName, template };
  }
  throw new Error("No patient matching “an” may take one of the templates.");
}

/** "… of 3 providers selected" / "All 3 providers" on the trigger, once the list is up to date. */
async function providerCount(page: Page, modal: Locator): Promise<number> {
  await page.waitForFunction(() => !document.body.textContent?.includes("Updating providers"));
  const text = (await modal.getByRole("combobox", { name: "Providers" }).textContent()) ?? "";
  const match = /(?:of|All) (\d+) providers?/.exec(text);
  return match ? Number(match[1]) : 0;
}

/**
 * Keeps the preselected clinics when they have two providers; otherwise, from the first clinic (where focus is),
 * Space on each full-coverage clinic alone until one has two. Focus stays on the clinic checkboxes.
 */
export async function chooseClinicWithTwoProviders(page: Page, modal: Locator): Promise<void> {
  if ((await providerCount(page, modal)) >= 2) return;
  const boxes = modal.getByRole("group", { name: "Clinics" }).getByRole("checkbox");
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    // Only this one checked: Space on each, Tab between them.
    for (let j = 0; j < n; j++) {
      const want = j === i ? "true" : "false";
      if ((await boxes.nth(j).getAttribute("aria-checked")) !== want) {
        await boxes.nth(j).evaluate((el) => el === document.activeElement).then((has) => expect(has).toBe(true));
        await page.keyboard.press("Space");
      }
      if (j < n - 1) await page.keyboard.press("Tab");
    }
    if ((await boxes.nth(i).getAttribute("aria-describedby")) === null && (await providerCount(page, modal)) >= 2) return;
    for (let j = 0; j < n - 1; j++) await page.keyboard.press("Shift+Tab");
  }
  throw new Error("No clinic has two providers for this package.");
}

/**
 * Tab to the Providers picker, Enter opens it with focus in its search box; Enter on "Select all"/"Clear all" until
 * none is chosen, then ArrowDown + Enter on the first two providers; Escape closes it back to the picker.
 */
export async function chooseTwoProviders(page: Page, modal: Locator): Promise<string[]> {
  await tabTo(page, /^Providers$|providers/i);
  expect((await focused(page)).role).toBe("combobox");
  await page.keyboard.press("Enter");
  const list = page.getByRole("listbox", { name: "Providers" });
  await list.waitFor();
  await expectFocusOn(page, /^Search providers$/);
  await dialogViolations(page, modal).then((v) => expect(v).toEqual([]));
  // Focus stays in the search box; Enter acts on the selected option, the first one to begin with.
  const all = list.getByRole("option", { name: /Select all|Clear all/ });
  await all.and(list.locator('[aria-selected="true"]')).waitFor();
  if ((await all.textContent())?.includes("Select all")) await page.keyboard.press("Enter");
  await all.filter({ hasText: "Clear all" }).waitFor();
  await page.keyboard.press("Enter");
  await all.filter({ hasText: "Select all" }).waitFor();
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("ArrowDown");
    const option = list.locator('[role="option"][aria-selected="true"]');
    names.push((await option.locator("span.font-medium").first().textContent())!.replace(/seen before/, "").trim());
    await page.keyboard.press("Enter");
    await option.and(page.locator('[aria-checked="true"]')).waitFor();
  }
  await page.keyboard.press("Escape");
  await list.waitFor({ state: "detached" });
  await expectFocusOn(page, /^Providers$|providers/i);
  const chosen = modal.getByRole("list", { name: "Selected providers" }).getByRole("listitem");
  expect((await chosen.allTextContents()).map((t) => t.trim()).sort()).toEqual([...names].sort());
  return names;
}
