"use client";

import { useState } from "react";
import { changePasswordAction } from "@/app/(staff)/account/actions";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/staff";
import { ZPasswordChangeSchema, type TPasswordChangeInput } from "@/lib/validations/auth";
import { signOutToLogin } from "@/components/shell/sign-out-button";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const EMPTY: TPasswordChangeInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (name: keyof TPasswordChangeInput) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: e.target.value });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = ZPasswordChangeSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = await changePasswordAction(values);
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        if (!result.error.fieldErrors) setFormError(result.error.message);
        return;
      }
      await signOutToLogin();
    } catch {
      setFormError("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
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
