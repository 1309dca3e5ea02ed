"use client";

import { useEffect, useState } from "react";
import { Loader2, StickyNote, UserPlus, UserRound } from "lucide-react";
import { Command, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Button } from "@/components/ui/button";
import type { PatientOption } from "@/lib/booking/types";
import { searchPatientsForBooking } from "./actions";
import { useLatestRequest } from "./use-latest-request";
import { NewPatientInline } from "./new-patient-inline";

const DEBOUNCE_MS = 250;

type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "done"; patients: PatientOption[] }
  | { status: "error"; message: string };

/** Searchable patient list (name, patient number or phone); the server returns at most 20 matches. */
export function PatientPicker({ onPick }: { onPick: (patient: PatientOption) => void }) {
  const [query, setQuery] = useState("");
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const [adding, setAdding] = useState(false);
  const begin = useLatestRequest();

  useEffect(() => {
    const q = query.trim();
    const isLatest = begin();
    if (q.length < 2) return;
    const timer = setTimeout(async () => {
      setState({ status: "loading" });
      const result = await searchPatientsForBooking(q);
      if (!isLatest()) return;
      setState(result.ok ? { status: "done", patients: result.data } : { status: "error", message: result.error.message });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, begin]);

  const tooShort = query.trim().length < 2;
  if (adding) {
    return (
      <section aria-label="New patient" className="grid gap-3">
        <h3 className="text-sm font-medium">New patient</h3>
        <NewPatientInline typed={query} onCreated={onPick} onCancel={() => setAdding(false)} />
      </section>
    );
  }
  return (
    <Command shouldFilter={false} label="Search patients" className="rounded-lg border">
      <CommandInput
        aria-label="Search patients"
        placeholder="Name, patient number or phone"
        value={query}
        onValueChange={setQuery}
        autoFocus
      />
      {/* Only options go in the listbox (axe aria-required-children); the messages sit beside it. The list stays
          mounted, hidden while it has no options, because the search box's aria-controls points at it. */}
      {tooShort ? (
        <p className="px-3 py-6 text-center text-sm text-muted-foreground">Type at least two characters to search.</p>
      ) : state.status === "loading" ? (
        <p className="flex items-center justify-center gap-2 px-3 py-6 text-sm text-muted-foreground" role="status">
          <Loader2 aria-hidden className="size-4 animate-spin" /> Searching…
        </p>
      ) : state.status === "error" ? (
        <p className="px-3 py-6 text-center text-sm text-destructive" role="alert">
          {state.message}
        </p>
      ) : state.status === "done" && state.patients.length === 0 ? (
        <p className="px-3 pt-4 pb-2 text-center text-sm text-muted-foreground">No patient matches “{query.trim()}”.</p>
      ) : null}
      <CommandList label="Matching patients" className="max-h-72" hidden={tooShort || state.status !== "done"}>
        {!tooShort && state.status === "done" && (
          <>
            {state.patients.map((p) => (
              <CommandItem key={p.id} value={p.id} onSelect={() => onPick(p)} className="py-2">
                <PatientIdentity patient={p} look={OPTION_LOOK} />
              </CommandItem>
            ))}
            <CommandItem value="__new-patient" onSelect={() => setAdding(true)} className="py-2">
              <UserPlus aria-hidden className="text-muted-foreground" />
              <span>
                Add “<span className="font-medium">{query.trim()}</span>” as a new patient
              </span>
            </CommandItem>
          </>
        )}
      </CommandList>
    </Command>
  );
}

type IdentityLook = { icon: string; name: string; details: string };
const OPTION_LOOK: IdentityLook = { icon: "text-muted-foreground", name: "font-medium", details: "ml-auto text-xs tabular-nums text-muted-foreground" };
const CHOSEN_LOOK: IdentityLook = { icon: "size-4 shrink-0 text-muted-foreground", name: "min-w-0 font-medium break-words", details: "text-muted-foreground" };

/** How a patient is told apart from namesakes: the name, then the patient number and date of birth. */
function PatientIdentity({ patient, look }: { patient: PatientOption; look: IdentityLook }) {
  return (
    <>
      <UserRound aria-hidden className={look.icon} />
      <span className={look.name}>{patient.name}</span>
      <span className={look.details}>
        No. {patient.identifier} · born {patient.dateOfBirth}
      </span>
    </>
  );
}

/** The chosen patient, with a way back to the search when the dialog was not opened from their page. */
export function ChosenPatient({ patient, onChange }: { patient: PatientOption; onChange?: () => void }) {
  return (
    <div className="grid gap-2">
    <div className="flex items-center justify-between gap-3 rounded-lg border bg-muted/40 px-3 py-2">
      {/* On a phone the details wrap under the name rather than hide it or run under "Change". */}
      <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
        <PatientIdentity patient={patient} look={CHOSEN_LOOK} />
      </div>
      {onChange && (
        <Button type="button" variant="ghost" size="sm" className="shrink-0" onClick={onChange} aria-label={`Change patient (now ${patient.name})`}>
          Change
        </Button>
      )}
    </div>
    {patient.notes && <PatientNotes notes={patient.notes} />}
    </div>
  );
}

/** The patient's notes where a booking is made: what they told the desk decides the times to offer. */
export function PatientNotes({ notes }: { notes: string }) {
  return (
    <p className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <StickyNote aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span className="whitespace-pre-line">
        <span className="font-medium">Patient notes: </span>
        {notes}
      </span>
    </p>
  );
}
