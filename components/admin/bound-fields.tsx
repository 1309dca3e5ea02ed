"use client";

import type { ComponentProps } from "react";
import { useController, useFormContext } from "react-hook-form";
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
