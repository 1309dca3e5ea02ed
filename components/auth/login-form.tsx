"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/admin/form-error";
import { useCheckedSubmit } from "@/components/auth/use-checked-submit";
import { ZLoginSchema } from "@/lib/validations/auth";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { errors: fieldErrors, formError, pending, submit } = useCheckedSubmit(ZLoginSchema, "Cadence could not be reached. Check your connection and try again.");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void submit({ email: form.get("email"), password: form.get("password") }, async (credentials) => {
      const result = await signIn("credentials", { ...credentials, redirect: false });
      if (!result || result.error) {
        return { message: result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect." };
      }
      window.location.assign(callbackUrl);
      return null;
    });
  }

  return (
    <Card>
      <CardContent className="pt-6">
        <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
          <FormError message={formError} />
          <Field label="Email" htmlFor="email" error={fieldErrors.email}>
            <Input id="email" name="email" type="email" autoComplete="username" autoFocus aria-invalid={!!fieldErrors.email} />
          </Field>
          <Field label="Password" htmlFor="password" error={fieldErrors.password}>
            <Input id="password" name="password" type="password" autoComplete="current-password" aria-invalid={!!fieldErrors.password} />
          </Field>
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
