// Where to send a browser after signing in or out. Only a path on Cadence's own origin is accepted: the value is
// resolved against the origin the way a browser would (so "/\evil.test", "/<TAB>/evil.test", "//evil.test" and
// "https://evil.test" all land elsewhere and are refused) and only its path, query and fragment are kept.

const PLACEHOLDER_ORIGIN = "http://cadence.invalid";
const MAX_LENGTH = 2000;

/** A same-origin path ("/patients?q=x") for `raw`, or "/" when it would leave `origin` or is not a URL. */
export function safeCallbackPath(raw: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return "/";
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.test" normalises to the path "//evil.test", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}

/** next-auth's redirect callback: the same rule, as an absolute URL on the app's own origin. */
export function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  return `${origin}${safeCallbackPath(url, origin)}`;
}
