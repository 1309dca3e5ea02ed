"use client";

import { useState } from "react";
import { changePasswordAction } from "@/app/(staff)/account/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/staff";
import { ZPasswordChangeSchema, type TPasswordChangeInput } from "@/lib/validations/auth";
import { signOutToLogin } from "@/components/shell/sign-out-button";
import { FormError } from "@/components/admin/form-error";
import { useCheckedSubmit } from "@/components/auth/use-checked-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const EMPTY: TPasswordChangeInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const [values, setValues] = useState(EMPTY);
  const { errors, formError, pending, submit } = useCheckedSubmit(ZPasswordChangeSchema, "Cadence could not be reached. Nothing was changed.");
  const set = (name: keyof TPasswordChangeInput) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: e.target.value });

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    void submit(values, async () => {
      const result = await changePasswordAction(values);
      if (!result.ok) return result.error;
      await signOutToLogin();
      return null;
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <FormError message={formError} />
      <Field label="Current password" htmlFor="current-password" error={errors.currentPassword}>
        <Input type="password" value={values.currentPassword} onChange={set("currentPassword")} autoComplete="current-password" />
      </Field>
      <Field label="New password" htmlFor="new-password" error={errors.newPassword} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
        <Input type="password" value={values.newPassword} onChange={set("newPassword")} autoComplete="new-password" />
      </Field>
      <Field label="Repeat new password" htmlFor="confirm-password" error={errors.confirmPassword}>
        <Input type="password" value={values.confirmPassword} onChange={set("confirmPassword")} autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
