import http from "node:http";
import https from "node:https";
import { trustedProxyHops } from "@/lib/net/client-address";

// Headers through which a proxy tells the app who the client is and which URL it used. Without a trusted proxy
// anyone can send them, so they are removed before Next.js sees the request; Next.js then fills
// X-Forwarded-For/-Host/-Proto from the TCP connection and the Host header.
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

let installed = false;

/**
 * Called once from instrumentation.ts in the Node.js server. With CADENCE_TRUST_PROXY unset (no proxy trusted),
 * every incoming request loses the forwarded headers its sender wrote; with a trusted proxy they are kept.
 */
export function guardForwardedHeaders(hops = trustedProxyHops()): void {
  if (installed || hops > 0) return;
  installed = true;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        for (const name of FORWARDED_HEADERS) delete req.headers[name];
      }
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}
