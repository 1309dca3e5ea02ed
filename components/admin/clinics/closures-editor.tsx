"use client";

import { RowListEditor } from "@/components/admin/row-list-editor";

export type ClosureValue = { date: string; reason: string };

const FIELDS = [
  { key: "date", label: "date", type: "date" as const, className: "w-44" },
  { key: "reason", label: "reason", placeholder: "Reason (optional), e.g. Bank holiday", className: "w-72" },
];

/** Days the clinic is shut (bank holidays…), as local dates in the clinic's `locale`, in the form's `closures`; `errors` keyed like "1.date". */
export function ClosuresEditor({ errors, locale }: { errors: Record<string, string>; locale?: string }) {
  return (
    <RowListEditor
      name="closures"
      noun="Closure"
      idPrefix="closure"
      fields={FIELDS}
      blank={{ date: "", reason: "" }}
      empty="No closures planned."
      errors={errors}
      locale={locale}
    />
  );
}
