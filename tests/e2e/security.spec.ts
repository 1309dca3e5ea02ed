import { baseUrl, openBrowser, signIn, type BrowserSession } from "./support/browser";

const ADMIN = { email: "admin@cadence.test", password: "cadence-admin" };

/** The id of a real server action (creating a service), as the browser sends it, and the session cookies. */
async function captureServiceAction(browser: BrowserSession): Promise<{ actionId: string; cookie: string; path: string }> {
  const { page, context } = browser;
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`${baseUrl()}/admin/services/new`);
  const form = page.getByRole("form", { name: "New service" });
  await form.getByLabel("Name", { exact: true }).fill(`E2E Security ${Date.now().toString(36)}`);
  await form.getByLabel("Duration (minutes)").fill("30");
  await form.getByLabel("Buffer after (minutes)").fill("0");
  await form.getByLabel(/^List price/).fill("10");
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await form.getByRole("button", { name: "Create service" }).click();
  const request = await posted;
  await page.waitForURL((url) => url.pathname === "/admin/services");
  const cookie = (await context.cookies(baseUrl())).map((c) => `${c.name}=${c.value}`).join("; ");
  return { actionId: request.headers()["next-action"], cookie, path: new URL(request.url()).pathname };
}

describe("security headers and request limits", () => {
  test("a page carries a nonce-based CSP and the other security headers; its scripts carry the nonce", async () => {
    const res = await fetch(`${baseUrl()}/login`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/script-src [^;]*'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    // Served over http here: no HSTS (it would pin the browser to https on a host that does not serve it).
    expect(res.headers.get("strict-transport-security")).toBeNull();

    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const again = (await fetch(`${baseUrl()}/login`)).headers.get("content-security-policy");
    expect(again).not.toContain(nonce!);
  });

  test("the browser reports a CSP violation, and openBrowser turns it into a failing console.error", async () => {
    const browser = await openBrowser();
    const reported: string[] = [];
    const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void reported.push(args.join(" ")));
    try {
      await browser.page.goto(`${baseUrl()}/login`);
      await browser.page.getByLabel("Email").waitFor();
      // What injected markup would try: an inline event handler. (Scripts that DevTools itself evaluates, as
      // page.evaluate does, are exempt from CSP, so the handler is the test.)
      const ran = await browser.page.evaluate(async () => {
        const img = document.createElement("img");
        img.setAttribute("onerror", "window.__injected = true");
        // Listeners run in the order they were added: by the time this one runs, the handler has run or been refused.
        const failed = new Promise((r) => img.addEventListener("error", r, { once: true }));
        img.src = "/no-such-image.png";
        document.body.appendChild(img);
        await failed;
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      // The violation reaches the test through the browser's console, a moment after the refusal.
      const violations = () => reported.filter((line) => line.startsWith("CSP violation in the browser")).length;
      for (const until = Date.now() + 5_000; violations() === 0 && Date.now() < until; ) await browser.page.waitForEvent("console", { timeout: 5_000 }).catch(() => null);
      expect(violations()).toBeGreaterThanOrEqual(1);
    } finally {
      spy.mockRestore();
      await browser.close();
    }
  });

  test("a server action refuses an oversized body (413) and malformed JSON (400) with a plain sentence", async () => {
    const browser = await openBrowser();
    let action: Awaited<ReturnType<typeof captureServiceAction>>;
    try {
      action = await captureServiceAction(browser);
    } finally {
      await browser.close();
    }
    const post = (body: string, extra: Record<string, string> = {}) =>
      fetch(`${baseUrl()}${action.path}`, {
        method: "POST",
        headers: { "next-action": action.actionId, cookie: action.cookie, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...extra },
        body,
      });

    const big = await post(JSON.stringify([{ name: "x".repeat(1_100_000) }]));
    expect(big.status).toBe(413);
    expect(await big.text()).toBe("The request is too large (the limit is 1 MB). Nothing was saved.");

    const malformed = await post('[{"name": "Shockwave", ');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toBe("The request is not valid JSON. Nothing was saved.");

    // A well-formed request to the same action still reaches it: a validation failure, not a refusal.
    const ok = await post(JSON.stringify([{ name: "", durationMin: true }]));
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(text).toContain("Enter the duration in whole minutes.");
  });
});
