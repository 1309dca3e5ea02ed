import { ZodError } from "zod";
import { AppError, GENERIC_ERROR_MESSAGE, type ErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log";
import { fieldErrorsOf } from "@/lib/validation-errors";

export type ActionError = { code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Turns any thrown value into a typed failure: expected errors keep their sentence, the rest is logged. */
export function toActionError(e: unknown): ActionError {
  if (e instanceof AppError) return { code: e.code, message: e.userMessage, fieldErrors: e.fieldErrors };
  if (e instanceof ZodError) {
    return { code: "INVALID_INPUT", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(e) };
  }
  logError("action failed", e);
  return { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE };
}

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    // next/navigation's redirect() and notFound() work by throwing; they must pass through.
    if (isNextControlFlow(e)) throw e;
    return { ok: false, error: toActionError(e) };
  }
}

function isNextControlFlow(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
