"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { createPatientAction, updatePatientAction, type SavePatientResult } from "@/app/admin/patients/actions";
import { registerPatientAsStaff, updatePatientContactAction } from "@/app/(staff)/patients/actions";
import type { DuplicatePatient } from "@/lib/patients/types";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { latestToday, ZPatientContactSchema, ZPatientSchema, type TPatientInput } from "@/lib/validations/patient";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SchedulingPreferencesFields, type SchedulingPrefsValue } from "@/components/admin/patients/preferences-fields";

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

const NONE = "__none";

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
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicatePatient[] | null>(null);
  const [pending, setPending] = useState(false);

  const set = <K extends keyof PatientFormValues>(key: K, value: PatientFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => withoutErrors(e, key));
    // Another name or date of birth is another question: the warning no longer applies.
    if (key === "firstName" || key === "lastName" || key === "dateOfBirth") setDuplicates(null);
  };

  async function save(confirmDuplicate: boolean) {
    setFormError(null);
    const input: TPatientInput = { ...values, confirmDuplicate };
    const parsed = (identityLocked ? ZPatientContactSchema : ZPatientSchema).safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setFormError("Please correct the highlighted fields.");
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result: SavePatientResult = await send(input);
      if (!result.ok) {
        if (result.error.duplicates) {
          setDuplicates(result.error.duplicates);
          return;
        }
        setErrors(result.error.fieldErrors ?? {});
        setFormError(result.error.message);
        return;
      }
      const name = `${values.firstName.trim()} ${values.lastName.trim()}`;
      const identifier = values.identifier.trim().toUpperCase();
      toast.success(patientId ? `Saved ${name}.` : `Added ${name} (${identifier}).`);
      if (onSaved) {
        onSaved({ id: result.data.id, firstName: values.firstName.trim(), lastName: values.lastName.trim(), identifier, dateOfBirth: values.dateOfBirth, notes: values.notes.trim() || null });
        return;
      }
      router.push(done ?? `/patients/${result.data.id}`);
      router.refresh();
    } catch {
      setFormError("Cadence could not be reached. Nothing was saved; check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  function send(input: TPatientInput): Promise<SavePatientResult> {
    if (audience === "admin") return patientId ? updatePatientAction(patientId, input) : createPatientAction(input);
    return patientId ? updatePatientContactAction(patientId, input) : registerPatientAsStaff(input);
  }

  const cancel = () => (onCancel ? onCancel() : router.push(done ?? "/patients"));
  const identity = { disabled: identityLocked, readOnly: identityLocked };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      noValidate
      className="space-y-6"
      aria-label={patientId ? "Edit patient" : "New patient"}
    >
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
      {duplicates && (
        <Alert variant="warning">
          <AlertTitle>Is this the same person?</AlertTitle>
          <AlertDescription>
            <p>
              {duplicates.length === 1 ? "A patient" : `${duplicates.length} patients`} with this name and date of birth already{" "}
              {duplicates.length === 1 ? "exists" : "exist"}:
            </p>
            <ul className="my-2 list-disc pl-5">
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link href={audience === "admin" ? `/admin/patients/${d.id}` : `/patients/${d.id}`} className="font-medium text-foreground underline underline-offset-4">
                    {d.firstName} {d.lastName}, {d.identifier}
                  </Link>
                  {!d.active && " (deactivated)"}
                </li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => void save(true)}>
                It is someone else: create anyway
              </Button>
            </div>
          </AlertDescription>
        </Alert>
      )}

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Patient</CardTitle>
        </CardHeader>
        <CardContent className="grid items-start gap-4 md:grid-cols-2">
          <Field label="First name" htmlFor="firstName" error={errors.firstName}>
            <Input {...identity} value={values.firstName} onChange={(e) => set("firstName", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Last name" htmlFor="lastName" error={errors.lastName}>
            <Input {...identity} value={values.lastName} onChange={(e) => set("lastName", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Date of birth" htmlFor="dateOfBirth" error={errors.dateOfBirth}>
            <Input {...identity} type="date" max={latestToday()} value={values.dateOfBirth} onChange={(e) => set("dateOfBirth", e.target.value)} />
          </Field>
          <Field label="Patient number" htmlFor="identifier" error={errors.identifier} hint={identifierHint}>
            <Input {...identity} value={values.identifier} onChange={(e) => set("identifier", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Email" htmlFor="email" error={errors.email}>
            <Input type="email" value={values.email} onChange={(e) => set("email", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Phone" htmlFor="phone" error={errors.phone}>
            <Input type="tel" value={values.phone} onChange={(e) => set("phone", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Preferred clinic" htmlFor="preferredClinicId" error={errors.preferredClinicId}>
            <Select value={values.preferredClinicId || NONE} onValueChange={(v) => set("preferredClinicId", v === NONE ? "" : v)}>
              <SelectTrigger id="preferredClinicId" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={NONE}>No preference</SelectItem>
                {clinics
                  .filter((c) => c.active || c.id === values.preferredClinicId)
                  .map((c) => (
                    <SelectItem key={c.id} value={c.id}>
                      {c.name}
                    </SelectItem>
                  ))}
              </SelectContent>
            </Select>
          </Field>
          <Field label="Notes" htmlFor="notes" error={errors.notes} hint="Visible to staff on the patient's record." className="md:col-span-2">
            <Textarea rows={3} value={values.notes} onChange={(e) => set("notes", e.target.value)} />
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
              setValues((v) => ({ ...v, ...prefs }));
              setErrors({});
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
  );
}

/** Editing a field clears its own error (and its children's, e.g. items.0.sessions). */
function withoutErrors(errors: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key && !k.startsWith(`${key}.`)));
}
