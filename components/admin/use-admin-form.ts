"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ZodType } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsOf } from "@/lib/validation-errors";

/**
 * Submitting an admin form: validate with the action's own schema first (inline errors, no round trip), then call
 * the action and show its field errors or its sentence; on success toast and go to `redirectTo`.
 */
export function useAdminForm<T>(options: {
  schema: ZodType;
  action: (input: unknown) => Promise<ActionResult<T>>;
  success: string;
  redirectTo: string | ((data: T) => string);
  /** Something to point out although the save worked (shown instead of the plain success toast). */
  warning?: (data: T) => string | null;
}) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(values: unknown) {
    setFormError(null);
    const parsed = options.schema.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      setFormError("Please correct the highlighted fields.");
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await options.action(values);
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        setFormError(result.error.message);
        return;
      }
      const warning = options.warning?.(result.data);
      if (warning) toast.warning(`${options.success} ${warning}`);
      else toast.success(options.success);
      const to = typeof options.redirectTo === "function" ? options.redirectTo(result.data) : options.redirectTo;
      router.push(to);
      router.refresh();
      // Saving can land on the same page (e.g. a provider with flagged hours): show its top, where the news is.
      window.scrollTo({ top: 0 });
    } catch {
      setFormError("Cadence could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return { fieldErrors, formError, pending, submit };
}
