"use client";

import { useState } from "react";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation-errors";

/** Why a send did not work: errors for its fields, or else one sentence for the form. */
export type SubmitFailure = { fieldErrors?: Record<string, string>; message: string };

/**
 * A form checked by the zod schema the server applies (errors at their fields, no round trip), then sent. `send`
 * answers null when it worked; `offline` is the sentence for a server that could not be reached.
 */
export function useCheckedSubmit<S extends z.ZodType>(schema: S, offline: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(values: unknown, send: (data: z.output<S>) => Promise<SubmitFailure | null>) {
    setFormError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const failure = await send(parsed.data);
      if (failure) {
        setErrors(failure.fieldErrors ?? {});
        if (!failure.fieldErrors) setFormError(failure.message);
      }
    } catch {
      setFormError(offline);
    } finally {
      setPending(false);
    }
  }

  return { errors, formError, pending, submit };
}
