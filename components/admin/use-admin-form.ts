"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionError, ActionResult } from "@/lib/action-result";
import { flatFieldErrors } from "./form-errors";
import { useUnsavedChanges } from "./use-unsaved-changes";

export const CORRECT_FIELDS = "Please correct the highlighted fields.";
const OFFLINE = "Cadence could not be reached. Nothing was saved; check your connection and try again.";

/**
 * An admin form on react-hook-form, validated by the very zod schema its server action parses (inline errors, no
 * round trip). The action receives the values as typed and parses them itself; its field errors land back on the
 * fields, its sentence above the form. On success: toast, then `redirectTo`. Unsaved edits ask before leaving.
 */
export function useAdminForm<Values extends FieldValues, T, Input = Values>(options: {
  /** The action's own schema (a pick of it where the form offers only part, e.g. staff editing contact details). */
  schema: z.ZodType<unknown, Partial<Input>>;
  defaultValues: Values;
  /** When the form holds its values in another shape than the action takes (e.g. hours keyed by clinic). */
  toInput?: (values: Values) => Input;
  action: (input: Input) => Promise<ActionResult<T>>;
  success: string | ((data: T, input: Input) => string);
  /** Where to go after a save (unless `after` handles it). */
  redirectTo?: string | ((data: T) => string);
  /** Instead of navigating: e.g. hand the saved record back to an inline caller. */
  after?: (data: T, input: Input) => void;
  /** A failure the form shows its own way (true: handled, nothing else is shown). */
  onFailure?: (error: ActionError) => boolean;
  /** Something to point out although the save worked (shown instead of the plain success toast). */
  warning?: (data: T) => string | null;
}) {
  const router = useRouter();
  const toInput = options.toInput ?? ((values: Values) => values as unknown as Input);
  // raw: the form keeps what was typed; the action (the real gate) parses and transforms it.
  const check = zodResolver(options.schema as z.ZodType<unknown, FieldValues>, undefined, { raw: true });
  const resolver: Resolver<Values> = async (values, context, resolverOptions) => {
    const { errors } = await check(toInput(values) as FieldValues, context, resolverOptions as never);
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<Values> } : { values, errors: {} };
  };
  const form = useForm<Values>({ resolver, defaultValues: options.defaultValues as DefaultValues<Values> });
  const [formError, setFormError] = useState<string | null>(null);
  useUnsavedChanges(form.formState.isDirty && !form.formState.isSubmitSuccessful);

  const save = async (values: Values) => {
    setFormError(null);
    const input = toInput(values);
    let result: ActionResult<T>;
    try {
      result = await options.action(input);
    } catch {
      setFormError(OFFLINE);
      return;
    }
    if (!result.ok) {
      if (options.onFailure?.(result.error)) throw new Error(result.error.code);
      for (const [path, message] of Object.entries(result.error.fieldErrors ?? {})) {
        if (path !== "_form") form.setError(path as Path<Values>, { type: "server", message });
      }
      setFormError(result.error.message);
      // Not a successful submit: keep the unsaved-changes prompt armed.
      throw new Error(result.error.code);
    }
    const success = typeof options.success === "function" ? options.success(result.data, input) : options.success;
    const warning = options.warning?.(result.data);
    if (warning) toast.warning(`${success} ${warning}`);
    else toast.success(success);
    form.reset(values);
    if (options.after) return options.after(result.data, input);
    if (options.redirectTo === undefined) return;
    router.push(typeof options.redirectTo === "function" ? options.redirectTo(result.data) : options.redirectTo);
    router.refresh();
    // Saving can land on the same page (e.g. a provider with flagged hours): show its top, where the news is.
    window.scrollTo({ top: 0 });
  };

  const onSubmit = (event?: React.BaseSyntheticEvent) =>
    form
      .handleSubmit(save, () => setFormError(CORRECT_FIELDS))(event)
      .catch(() => undefined);

  return { form, fieldErrors: flatFieldErrors(form.formState.errors), formError, pending: form.formState.isSubmitting, onSubmit };
}
