"use client";

import type { FormEventHandler, ReactNode } from "react";
import { FormProvider, type FieldValues, type UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/admin/form-error";

/**
 * The frame of a useAdminForm form: the context its bound fields register in, no browser validation (the zod schema
 * speaks, inline), and the form's own sentence above the fields.
 */
export function AdminForm<Values extends FieldValues>({ form, onSubmit, error, label, className, children }: {
  form: UseFormReturn<Values>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  error: string | null;
  /** The form's accessible name ("Edit clinic"). */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className={className} aria-label={label}>
        <FormError message={error} />
        {children}
      </form>
    </FormProvider>
  );
}
