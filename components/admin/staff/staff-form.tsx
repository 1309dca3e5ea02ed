"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { createStaffAction, updateStaffAction } from "@/app/admin/staff/actions";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { MIN_PASSWORD_LENGTH, ZStaffCreateSchema, ZStaffUpdateSchema } from "@/lib/validations/staff";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ClinicChecklist } from "@/components/admin/staff/clinic-checklist";

export type StaffFormValues = { name: string; email: string; role: "ADMIN" | "STAFF"; clinicIds: string[] };

export function StaffForm({ userId, initial, clinics, isSelf = false }: {
  /** Absent when creating (the form then also asks for the first password). */
  userId?: string;
  initial: StaffFormValues;
  clinics: { id: string; name: string; active: boolean }[];
  isSelf?: boolean;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof StaffFormValues>(key: K, value: StaffFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => withoutErrors(e, key));
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const input = userId ? values : { ...values, password };
    const parsed = (userId ? ZStaffUpdateSchema : ZStaffCreateSchema).safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setFormError("Please correct the highlighted fields.");
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = userId ? await updateStaffAction(userId, input) : await createStaffAction(input);
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        setFormError(result.error.message);
        return;
      }
      toast.success(userId ? `Saved ${values.name}.` : `Created an account for ${values.name}. Give them their password in person.`);
      router.push("/admin/staff");
      router.refresh();
    } catch {
      setFormError("Cadence could not be reached. Nothing was saved; check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={userId ? "Edit account" : "New account"}>
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardContent className="grid items-start gap-4 md:grid-cols-2">
          <Field label="Name" htmlFor="name" error={errors.name}>
            <Input value={values.name} onChange={(e) => set("name", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Email" htmlFor="email" error={errors.email} hint="They sign in with it.">
            <Input type="email" value={values.email} onChange={(e) => set("email", e.target.value)} autoComplete="off" />
          </Field>
          <Field
            label="Role"
            htmlFor="role"
            error={errors.role}
            hint={isSelf ? "You cannot remove your own admin role." : "Admins manage the whole clinic group; staff work at their clinics."}
          >
            <Select value={values.role} onValueChange={(v) => set("role", v as "ADMIN" | "STAFF")} disabled={isSelf}>
              <SelectTrigger id="role" className="w-full" aria-describedby="role-hint">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="STAFF">Staff</SelectItem>
                <SelectItem value="ADMIN">Admin</SelectItem>
              </SelectContent>
            </Select>
          </Field>
          {!userId && (
            <Field label="Initial password" htmlFor="password" error={errors.password} hint={`At least ${MIN_PASSWORD_LENGTH} characters. Tell them in person.`}>
              <Input
                type="text"
                value={password}
                onChange={(e) => {
                  setPassword(e.target.value);
                  setErrors((errs) => withoutErrors(errs, "password"));
                }}
                autoComplete="new-password"
                spellCheck={false}
              />
            </Field>
          )}
          <div className="md:col-span-2">
            {values.role === "ADMIN" ? (
              <p className="text-sm text-muted-foreground">Admins act in every clinic, so they need no clinic memberships.</p>
            ) : (
              <ClinicChecklist
                clinics={clinics}
                selected={values.clinicIds}
                onChange={(ids) => set("clinicIds", ids)}
                error={errors.clinicIds}
                disabledHint="Staff see and book only at these clinics."
              />
            )}
          </div>
        </CardContent>
      </Card>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : userId ? "Save changes" : "Create account"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/admin/staff")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Editing a field clears its own error (and its children's, e.g. items.0.sessions). */
function withoutErrors(errors: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key && !k.startsWith(`${key}.`)));
}
