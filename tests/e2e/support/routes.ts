import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

const APP_DIR = resolve(__dirname, "../../../app");

/** Every page of the app as a URL path, dynamic segments filled with a placeholder id. */
export function pageRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === "page.tsx") {
        const segments = relative(APP_DIR, dir)
          .split(sep)
          .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")))
          .map((s) => (s.startsWith("[") ? "does-not-exist" : s));
        routes.push("/" + segments.join("/"));
      }
    }
  };
  walk(APP_DIR);
  return routes.sort();
}
