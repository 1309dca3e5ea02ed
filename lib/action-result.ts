import { unstable_rethrow } from "next/navigation";
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
    // redirect(), notFound() and forbidden() work by throwing; Next's own check lets them pass through.
    unstable_rethrow(e);
    return { ok: false, error: toActionError(e) };
  }
}
