import type { Page } from "playwright-core";

// Two ways to make an in-app navigation slow, to watch what the user sees meanwhile. Both touch only the page's
// own navigations (RSC requests: header `rsc: 1`), never prefetches.

const isNavigation = (headers: Record<string, string>) => headers["rsc"] === "1" && !headers["next-router-prefetch"] && !headers["next-router-segment-prefetch"];

/** The server's answer to the next navigation to `path` arrives `ms` late: what shows while the click is pending. */
export async function delayNavigation(page: Page, path: string, ms: number): Promise<() => Promise<void>> {
  const matches = (url: URL) => url.pathname === path;
  const handler = async (route: Parameters<Parameters<Page["route"]>[1]>[0]) => {
    if (isNavigation(route.request().headers())) await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  };
  await page.route(matches, handler);
  return () => page.unroute(matches, handler);
}

type Hold = { path: string; ms: number };

/**
 * Installed before the app's scripts (page.addInitScript): wraps fetch so that one navigation's streamed answer
 * (the RSC payload, one row a line) is passed on row by row until the row that fills the page's <Suspense> — the
 * data behind its skeleton — which, with everything after it, arrives only `ms` later. The skeleton itself (the
 * Suspense's fallback and the rows it refers to) arrives at once. A payload without such a Suspense passes whole.
 */
function installHold(): void {
  const original = window.fetch;
  const w = window as unknown as { __cadenceHold?: Hold | null };
  /** The row id of the first serialized <Suspense fallback> whose children are still to come ("$L1b" → "1b"). */
  const suspendedRow = (node: unknown): string | null => {
    if (Array.isArray(node)) {
      const props = node[0] === "$" ? (node[3] as Record<string, unknown> | undefined) : undefined;
      if (props && "fallback" in props && typeof props.children === "string" && props.children.startsWith("$L")) return props.children.slice(2);
      for (const child of node) {
        const found = suspendedRow(child);
        if (found) return found;
      }
    } else if (node && typeof node === "object") {
      for (const child of Object.values(node)) {
        const found = suspendedRow(child);
        if (found) return found;
      }
    }
    return null;
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    const hold = w.__cadenceHold;
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!hold || !response.body || url.pathname !== hold.path || headers.get("rsc") !== "1" || headers.has("next-router-prefetch")) return response;
    w.__cadenceHold = null;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        let seen = new Uint8Array(0);
        let dataRow: string | null = null;
        for (let next = await reader.read(); !next.done; next = await reader.read()) {
          const joined = new Uint8Array(seen.length + next.value.length);
          joined.set(seen);
          joined.set(next.value, seen.length);
          seen = joined;
          for (let end = seen.indexOf(10); end >= 0; end = seen.indexOf(10)) {
            const line = decoder.decode(seen.slice(0, end));
            const colon = line.indexOf(":");
            if (dataRow !== null && line.slice(0, colon) === dataRow) {
              await new Promise((resolve) => setTimeout(resolve, hold.ms));
              controller.enqueue(seen);
              for (let rest = await reader.read(); !rest.done; rest = await reader.read()) controller.enqueue(rest.value);
              controller.close();
              return;
            }
            if (dataRow === null && line.includes('"fallback"')) {
              try {
                dataRow = suspendedRow(JSON.parse(line.slice(colon + 1)));
              } catch {
                // Not a model row (e.g. a hint): nothing to find in it.
              }
            }
            controller.enqueue(seen.slice(0, end + 1));
            seen = seen.slice(end + 1);
          }
        }
        if (seen.length > 0) controller.enqueue(seen);
        controller.close();
      },
    });
    const held = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(held, "url", { value: response.url });
    Object.defineProperty(held, "redirected", { value: response.redirected });
    return held;
  };
}

/** Call before the first page load. */
export async function allowHoldingStreams(page: Page): Promise<void> {
  await page.addInitScript(installHold);
}

/** The next navigation to `path` shows its skeleton for `ms` before the data behind it arrives. */
export async function holdDataBehind(page: Page, hold: Hold): Promise<void> {
  await page.evaluate((h) => {
    (window as unknown as { __cadenceHold?: Hold | null }).__cadenceHold = h;
  }, hold);
}
