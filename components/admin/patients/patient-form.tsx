"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { createPatientAction, updatePatientAction, type SavePatientResult } from "@/app/admin/patients/actions";
import { registerPatientAsStaff, updatePatientContactAction } from "@/app/(staff)/patients/actions";
import type { DuplicatePatient } from "@/lib/patients/types";
import { latestToday, ZPatientContactSchema, ZPatientSchema, type TPatientInput } from "@/lib/validations/patient";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DatePicker } from "@/components/ui/date-picker";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ClinicSelect } from "@/components/admin/clinic-select";
import { Textarea } from "@/components/ui/textarea";
import { FormDatePicker } from "@/components/admin/bound-fields";
import { FormError } from "@/components/admin/form-error";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { DuplicateWarning } from "@/components/admin/patients/duplicate-warning";
import { SchedulingPreferencesFields } from "@/components/admin/patients/preferences-fields";
import type { SchedulingPrefsValue } from "@/lib/patients/preferences";

export type PatientFormValues = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  identifier: string;
  notes: string;
  preferredClinicId: string;
} & SchedulingPrefsValue;

/** What a saved patient looks like to whoever opened the form inline (e.g. the booking patient picker). */
export type SavedPatient = { id: string; firstName: string; lastName: string; identifier: string; dateOfBirth: string; notes: string | null };

/**
 * Creating or editing a patient. Admins change everything; staff (`audience="staff"`) register patients and edit
 * contact details, notes and preferences, the identity fields read-only. With `onSaved` the form stays where it is
 * opened (inline) and hands the patient back instead of navigating.
 */
export function PatientForm({ patientId, initial, clinics, identifierHint, audience = "admin", onSaved, onCancel }: {
  /** Absent when creating. */
  patientId?: string;
  initial: PatientFormValues;
  clinics: { id: string; name: string; active: boolean }[];
  identifierHint?: string;
  audience?: "admin" | "staff";
  onSaved?: (patient: SavedPatient) => void;
  onCancel?: () => void;
}) {
  const identityLocked = audience === "staff" && patientId !== undefined;
  const done = patientId ? (audience === "admin" ? "/admin/patients" : `/patients/${patientId}`) : audience === "admin" ? "/admin/patients" : null;
  const router = useRouter();
  const [duplicates, setDuplicates] = useState<DuplicatePatient[] | null>(null);
  // "Create anyway" re-submits with the duplicate check confirmed; any other submit asks again.
  const confirmDuplicate = useRef(false);

  function send(input: TPatientInput): Promise<SavePatientResult> {
    if (audience === "admin") return patientId ? updatePatientAction(patientId, input) : createPatientAction(input);
    return patientId ? updatePatientContactAction(patientId, input) : registerPatientAsStaff(input);
  }

  const { form, fieldErrors: errors, formError, pending, onSubmit } = useAdminForm({
    // Staff editing an existing patient: only what the contact action takes is checked.
    schema: identityLocked ? ZPatientContactSchema : ZPatientSchema,
    defaultValues: initial,
    toInput: (v: PatientFormValues): TPatientInput => ({ ...v, confirmDuplicate: confirmDuplicate.current }),
    action: send,
    onFailure: (error) => {
      const found = (error as { duplicates?: DuplicatePatient[] }).duplicates;
      if (found) setDuplicates(found);
      return !!found;
    },
    success: (_, v) => (patientId ? `Saved ${v.firstName.trim()} ${v.lastName.trim()}.` : `Added ${v.firstName.trim()} ${v.lastName.trim()} (${v.identifier.trim().toUpperCase()}).`),
    after: (data, v) => {
      if (onSaved) {
        const identifier = v.identifier.trim().toUpperCase();
        onSaved({ id: data.id, firstName: v.firstName.trim(), lastName: v.lastName.trim(), identifier, dateOfBirth: v.dateOfBirth, notes: v.notes?.trim() || null });
        return;
      }
      router.push(done ?? `/patients/${data.id}`);
      router.refresh();
    },
  });
  const submit = (confirm: boolean) => {
    confirmDuplicate.current = confirm;
    void onSubmit().finally(() => (confirmDuplicate.current = false));
  };

  // Another name or date of birth is another question: the warning no longer applies.
  useEffect(() => {
    const sub = form.watch((_, { name }) => {
      if (name === "firstName" || name === "lastName" || name === "dateOfBirth") setDuplicates(null);
    });
    return () => sub.unsubscribe();
  }, [form]);

  const values = form.watch();
  const cancel = () => (onCancel ? onCancel() : router.push(done ?? "/patients"));
  // Staff see the identity of an existing patient but cannot change it (the action would not take it either).
  const identity = (name: "firstName" | "lastName" | "identifier") =>
    identityLocked ? { value: initial[name], disabled: true, readOnly: true } : form.register(name);

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(false);
        }}
        noValidate
        className="space-y-6"
        aria-label={patientId ? "Edit patient" : "New patient"}
      >
        <FormError message={formError} />
        {duplicates && (
          <DuplicateWarning
            duplicates={duplicates}
            hrefFor={(id) => (audience === "admin" ? `/admin/patients/${id}` : `/patients/${id}`)}
            pending={pending}
            onCreateAnyway={() => submit(true)}
          />
        )}

        <Card>
          <CardHeader>
            <CardTitle className="text-base">Patient</CardTitle>
          </CardHeader>
          <CardContent className="grid items-start gap-4 md:grid-cols-2">
            <Field label="First name" htmlFor="firstName" error={errors.firstName}>
              <Input {...identity("firstName")} autoComplete="off" />
            </Field>
            <Field label="Last name" htmlFor="lastName" error={errors.lastName}>
              <Input {...identity("lastName")} autoComplete="off" />
            </Field>
            <Field label="Date of birth" htmlFor="dateOfBirth" error={errors.dateOfBirth}>
              {identityLocked ? (
                <DatePicker value={initial.dateOfBirth} disabled />
              ) : (
                <FormDatePicker name="dateOfBirth" min="1900-01-01" max={latestToday()} years required />
              )}
            </Field>
            <Field label="Patient number" htmlFor="identifier" error={errors.identifier} hint={identifierHint}>
              <Input {...identity("identifier")} autoComplete="off" />
            </Field>
            <Field label="Email" htmlFor="email" error={errors.email}>
              <Input type="email" {...form.register("email")} autoComplete="off" />
            </Field>
            <Field label="Phone" htmlFor="phone" error={errors.phone}>
              <Input type="tel" {...form.register("phone")} autoComplete="off" />
            </Field>
            <Field label="Preferred clinic" htmlFor="preferredClinicId" error={errors.preferredClinicId}>
              <ClinicSelect
                id="preferredClinicId"
                className="w-full"
                clinics={clinics.filter((c) => c.active || c.id === values.preferredClinicId)}
                value={values.preferredClinicId}
                onChange={(id) => form.setValue("preferredClinicId", id, { shouldDirty: true })}
                noneLabel="No preference"
              />
            </Field>
            <Field label="Notes" htmlFor="notes" error={errors.notes} hint="Visible to staff on the patient's record." className="md:col-span-2">
              <Textarea rows={3} {...form.register("notes")} />
            </Field>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle className="text-base">Scheduling preferences</CardTitle>
            <CardDescription>Optional. Auto Schedule starts from these; “only” days and times are never left.</CardDescription>
          </CardHeader>
          <CardContent>
            <SchedulingPreferencesFields
              value={values}
              onChange={(prefs) => {
                for (const [key, value] of Object.entries(prefs)) form.setValue(key as keyof SchedulingPrefsValue, value, { shouldDirty: true });
                form.clearErrors(Object.keys(prefs) as (keyof SchedulingPrefsValue)[]);
              }}
              errors={errors}
            />
          </CardContent>
        </Card>

        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : patientId ? "Save changes" : "Add patient"}
          </Button>
          <Button type="button" variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
