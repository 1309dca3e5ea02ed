"use client";

import { useState } from "react";
import { toast } from "sonner";
import { resetStaffPasswordAction } from "@/app/admin/staff/actions";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { MIN_PASSWORD_LENGTH, ZPasswordResetSchema } from "@/lib/validations/staff";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The admin types the new password and hands it over; Cadence never shows it again. */
export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZPasswordResetSchema.safeParse({ password });
    if (!parsed.success) {
      setError(fieldErrorsOf(parsed.error).password);
      return;
    }
    setError(undefined);
    setPending(true);
    try {
      const result = await resetStaffPasswordAction(userId, { password });
      if (!result.ok) {
        setError(result.error.fieldErrors?.password ?? result.error.message);
        return;
      }
      setPassword("");
      toast.success(`New password set for ${name}. Their old one no longer works.`);
    } catch {
      setError("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2" aria-label="Reset password">
      <Field label="New password" htmlFor="new-password" error={error} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} className="min-w-64 flex-1">
        <Input type="text" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" spellCheck={false} />
      </Field>
      <Button type="submit" variant="outline" className="mt-6" disabled={pending}>
        {pending ? "Setting…" : "Set password"}
      </Button>
    </form>
  );
}
