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
  onSuccess?: (data: T) => void;
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
      options.onSuccess?.(result.data);
      toast.success(options.success);
      const to = typeof options.redirectTo === "function" ? options.redirectTo(result.data) : options.redirectTo;
      router.push(to);
      router.refresh();
    } catch {
      setFormError("Cadence could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return { fieldErrors, formError, pending, submit };
}
