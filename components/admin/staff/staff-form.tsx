"use client";

import { createStaffAction, updateStaffAction } from "@/app/admin/staff/actions";
import { MIN_PASSWORD_LENGTH, ZStaffCreateSchema, ZStaffUpdateSchema } from "@/lib/validations/staff";
import { Card, CardContent } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { FormCheckboxList, FormTextField } from "@/components/admin/bound-fields";
import { FormActions } from "@/components/admin/form-actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";

export type StaffFormValues = { name: string; email: string; role: "ADMIN" | "STAFF"; clinicIds: string[] };

export function StaffForm({ userId, initial, clinics, isSelf = false }: {
  /** Absent when creating (the form then also asks for the first password). */
  userId?: string;
  initial: StaffFormValues;
  clinics: { id: string; name: string; active: boolean }[];
  isSelf?: boolean;
}) {
  const { form, fieldErrors: errors, formError, pending, onSubmit } = useAdminForm<StaffFormValues & { password?: string }, { id: string }>({
    schema: userId ? ZStaffUpdateSchema : ZStaffCreateSchema,
    defaultValues: userId ? initial : { ...initial, password: "" },
    action: (input) => (userId ? updateStaffAction(userId, input) : createStaffAction({ ...input, password: input.password ?? "" })),
    success: (_, { name }) => (userId ? `Saved ${name}.` : `Created an account for ${name}. Give them their password in person.`),
    redirectTo: "/admin/staff",
  });
  const role = form.watch("role");

  return (
    <AdminForm form={form} onSubmit={onSubmit} error={formError} label={userId ? "Edit account" : "New account"} className="space-y-6">
      <Card>
        <CardContent className="grid items-start gap-4 md:grid-cols-2">
          <FormTextField name="name" label="Name" error={errors.name} autoComplete="off" />
          <FormTextField name="email" label="Email" error={errors.email} hint="They sign in with it." type="email" autoComplete="off" />
          <Field
            label="Role"
            htmlFor="role"
            error={errors.role}
            hint={isSelf ? "You cannot remove your own admin role." : "Admins manage the whole clinic group; staff work at their clinics."}
          >
            <Select value={role} onValueChange={(v) => form.setValue("role", v as "ADMIN" | "STAFF", { shouldDirty: true })} disabled={isSelf}>
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
            <FormTextField
              name="password"
              label="Initial password"
              error={errors.password}
              hint={`At least ${MIN_PASSWORD_LENGTH} characters. Tell them in person.`}
              type="text"
              autoComplete="new-password"
              spellCheck={false}
            />
          )}
          <div className="md:col-span-2">
            {role === "ADMIN" ? (
              <p className="text-sm text-muted-foreground">Admins act in every clinic, so they need no clinic memberships.</p>
            ) : (
              <FormCheckboxList
                name="clinicIds"
                idPrefix="clinic"
                legend="Clinics"
                options={clinics.filter((c) => c.active || initial.clinicIds.includes(c.id))}
                error={errors.clinicIds}
                hint="Staff see and book only at these clinics."
                empty="No clinics yet."
              />
            )}
          </div>
        </CardContent>
      </Card>
      <FormActions pending={pending} submitLabel={userId ? "Save changes" : "Create account"} cancelHref="/admin/staff" />
    </AdminForm>
  );
}
