"use client";

import { useEffect, useState } from "react";
import { newPatientDefaults } from "@/app/(staff)/patients/actions";
import type { PatientOption } from "@/lib/booking/types";
import { formatCalendarDate } from "@/lib/format";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { PatientForm } from "@/components/admin/patients/patient-form";
import { NO_PREFERENCES } from "@/lib/patients/preferences";

type Defaults = { identifier: string; clinics: { id: string; name: string; active: boolean }[] };

/** "Smith" → last name; "Anna Smith" → first and last; "Anna Maria Smith" → "Anna Maria" and "Smith". */
function splitName(typed: string): { firstName: string; lastName: string } {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: "", lastName: words[0] ?? "" };
  return { firstName: words.slice(0, -1).join(" "), lastName: words[words.length - 1] };
}

/** The New patient form inside a booking flow: the typed name prefilled; saving returns the patient to the flow. */
export function NewPatientInline({ typed, onCreated, onCancel }: { typed: string; onCreated: (patient: PatientOption) => void; onCancel: () => void }) {
  const [defaults, setDefaults] = useState<Defaults | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    newPatientDefaults()
      .then((result) => {
        if (!live) return;
        if (result.ok) setDefaults(result.data);
        else setError(result.error.message);
      })
      .catch(() => live && setError("Cadence could not be reached. Check your connection and try again."));
    return () => {
      live = false;
    };
  }, []);

  if (error) {
    return (
      <Alert variant="destructive">
        <AlertDescription>{error}</AlertDescription>
      </Alert>
    );
  }
  if (!defaults) {
    return (
      <div className="grid gap-3" role="status" aria-label="Loading the new patient form">
        <Skeleton className="h-9 w-full" />
        <Skeleton className="h-9 w-full" />
      </div>
    );
  }
  return (
    <PatientForm
      audience="staff"
      clinics={defaults.clinics}
      identifierHint={`The next free number is ${defaults.identifier}; change it if the patient already has one.`}
      initial={{ ...splitName(typed), dateOfBirth: "", email: "", phone: "", identifier: defaults.identifier, notes: "", preferredClinicId: "", ...NO_PREFERENCES }}
      onCancel={onCancel}
      onSaved={(p) =>
        onCreated({
          id: p.id,
          name: `${p.firstName} ${p.lastName}`,
          identifier: p.identifier,
          dateOfBirth: formatCalendarDate(new Date(`${p.dateOfBirth}T00:00:00Z`)),
          notes: p.notes,
        })
      }
    />
  );
}
