"use client";

import Link from "next/link";
import type { DuplicatePatient } from "@/lib/patients/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** "Is this the same person?": the patients a new one resembles, with a way to create it anyway. */
export function DuplicateWarning({ duplicates, hrefFor, pending, onCreateAnyway }: {
  duplicates: DuplicatePatient[];
  hrefFor: (id: string) => string;
  pending: boolean;
  onCreateAnyway: () => void;
}) {
  const one = duplicates.length === 1;
  return (
    <Alert variant="warning">
      <AlertTitle>Is this the same person?</AlertTitle>
      <AlertDescription>
        <p>
          {one ? "A patient" : `${duplicates.length} patients`} with this name and date of birth already {one ? "exists" : "exist"}:
        </p>
        <ul className="my-2 list-disc pl-5">
          {duplicates.map((d) => (
            <li key={d.id}>
              <Link href={hrefFor(d.id)} className="font-medium text-foreground underline underline-offset-4">
                {d.firstName} {d.lastName}, {d.identifier}
              </Link>
              {!d.active && " (deactivated)"}
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" size="sm" disabled={pending} onClick={onCreateAnyway}>
            It is someone else: create anyway
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
