import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { refuseBody } from "@/lib/security/request-body";

/**
 * Runs before every request (Next 16's proxy, formerly middleware): refuses oversized or malformed request bodies
 * with a clear 4xx, and gives every response the security headers and a per-request CSP nonce. Next reads the
 * nonce from the request's Content-Security-Policy header and puts it on its own scripts; pages render per request
 * (app/layout.tsx), so every page gets a fresh one.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const https = isHttps(request);
  const refusal = await refuseBody(request);
  if (refusal) {
    const response = new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return withHeaders(response, contentSecurityPolicy(newNonce(), { dev: isDev(), https }), https);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: isDev(), https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, https);
}

function withHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

const isDev = () => process.env.NODE_ENV !== "production";

/**
 * Served over https: the request itself, a TLS-terminating reverse proxy saying so, or the public URL (which also
 * makes next-auth mark its cookies Secure). A forged X-Forwarded-Proto over plain http only adds an HSTS header
 * that browsers ignore on http.
 */
function isHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ||
    (process.env.NEXTAUTH_URL ?? "").startsWith("https://")
  );
}

export const config = {
  // Static build assets are immutable files: no nonce to give, no body to check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
