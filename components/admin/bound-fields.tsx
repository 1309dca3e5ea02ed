"use client";

import type { ComponentProps, ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CheckboxField } from "@/components/admin/checkbox-field";
import { CheckboxList } from "@/components/admin/checkbox-list";
import { DatePicker } from "@/components/ui/date-picker";
import { DateTimeField } from "@/components/ui/date-time-field";

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

/** A DatePicker bound to the surrounding form's ISO date `name`; an error focuses its button. */
export function FormDatePicker({ name, ...props }: { name: string } & Omit<ComponentProps<typeof DatePicker>, "name" | "value" | "defaultValue" | "onChange" | "onBlur" | "ref">) {
  const { ref, value, onChange, onBlur } = useController({ name, control: useFormContext().control }).field;
  return <DatePicker {...props} ref={ref} value={(value as string | undefined) ?? ""} onChange={onChange} onBlur={onBlur} />;
}

/** A DateTimeField bound to the surrounding form's wall-clock "YYYY-MM-DDTHH:mm" `name`. */
export function FormDateTimeField({ name, ...props }: { name: string } & Omit<ComponentProps<typeof DateTimeField>, "value" | "onChange" | "onBlur" | "ref">) {
  const { ref, value, onChange, onBlur } = useController({ name, control: useFormContext().control }).field;
  return <DateTimeField {...props} ref={ref} value={(value as string | undefined) ?? ""} onChange={onChange} onBlur={onBlur} />;
}
