import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** Clicks a report's "Export CSV" link and returns the downloaded file's text. */
export async function exportCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  return readFileSync((await download.path())!, "utf8");
}
