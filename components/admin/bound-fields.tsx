"use client";

import type { ComponentProps, ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CheckboxField } from "@/components/admin/checkbox-field";
import { CheckboxList } from "@/components/admin/checkbox-list";

/** A CheckboxField bound to the surrounding form's boolean `name`. */
export function FormCheckbox({ name, ...props }: { name: string } & Omit<ComponentProps<typeof CheckboxField>, "checked" | "onChange">) {
  const { field } = useController({ name, control: useFormContext().control });
  return <CheckboxField {...props} checked={field.value === true} onChange={field.onChange} />;
}

/** A CheckboxList bound to the surrounding form's id list `name`. */
export function FormCheckboxList({ name, ...props }: { name: string } & Omit<ComponentProps<typeof CheckboxList>, "selected" | "onChange">) {
  const { field } = useController({ name, control: useFormContext().control });
  return <CheckboxList {...props} selected={(field.value as string[] | undefined) ?? []} onChange={field.onChange} />;
}

/** A labelled Input registered as the surrounding form's `name`, which is also its id; the rest goes to the Input. */
export function FormTextField({ name, label, error, hint, className, ...input }: {
  name: string;
  label: ReactNode;
  error?: ReactNode;
  hint?: ReactNode;
  /** For the field (label, control, hint and error together). */
  className?: string;
} & Omit<ComponentProps<typeof Input>, "name" | "id" | "className">) {
  const { register } = useFormContext();
  return (
    <Field label={label} htmlFor={name} error={error} hint={hint} className={className}>
      <Input {...input} {...register(name)} />
    </Field>
  );
}
