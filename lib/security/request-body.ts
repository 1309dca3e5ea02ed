import { LIMITS } from "@/lib/validations/limits";

/** Why proxy.ts refuses a request body before Next sees it: a 4xx with a plain sentence instead of Next's bare 500. */
export type BodyRefusal = { status: 400 | 413; message: string };

export const BODY_TOO_LARGE = `The request is too large (the limit is ${LIMITS.bodyLabel}). Nothing was saved.`;
export const BODY_NOT_JSON = "The request is not valid JSON. Nothing was saved.";

const WITHOUT_BODY = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Any request with a body over LIMITS.bodyBytes is refused (413) by its Content-Length. A server action called from
 * the app (a `Next-Action` header, arguments as JSON in a text/plain body) is also read — at most the limit, so a
 * body without Content-Length cannot slip past — and refused when it is not JSON (400): Next would answer both with
 * a 500. Multipart action bodies are parsed, and limited (next.config.mjs), by Next itself.
 */
export async function refuseBody(request: Request): Promise<BodyRefusal | null> {
  if (WITHOUT_BODY.has(request.method)) return null;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > LIMITS.bodyBytes) return { status: 413, message: BODY_TOO_LARGE };
  if (!request.headers.has("next-action") || !(request.headers.get("content-type") ?? "").startsWith("text/plain")) return null;
  const text = await readAtMost(request.clone(), LIMITS.bodyBytes);
  if (text === null) return { status: 413, message: BODY_TOO_LARGE };
  try {
    JSON.parse(text);
  } catch {
    return { status: 400, message: BODY_NOT_JSON };
  }
  return null;
}

/** The body as text, or null as soon as it passes `max` bytes (the rest is not read). */
async function readAtMost(request: Request, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other branch is done too.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
