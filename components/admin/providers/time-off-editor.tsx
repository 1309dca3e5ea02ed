"use client";

import { RowListEditor } from "@/components/admin/row-list-editor";

export type TimeOffValue = { startsAt: string; endsAt: string; reason: string };

const FIELDS = [
  { key: "startsAt", label: "from", type: "datetime-local" as const, className: "w-52" },
  { key: "endsAt", label: "until", type: "datetime-local" as const, className: "w-52", dashBefore: true },
  { key: "reason", label: "reason", placeholder: "Reason (optional)", className: "w-56" },
];

/** Leave, training…: local date-time ranges in one stated zone, in the form's `timeOff`; `errors` keyed like "2.endsAt". */
export function TimeOffEditor({ errors }: { errors: Record<string, string> }) {
  return (
    <RowListEditor
      name="timeOff"
      noun="Time off"
      idPrefix="timeoff"
      fields={FIELDS}
      blank={{ startsAt: "", endsAt: "", reason: "" }}
      empty="No time off entered."
      errors={errors}
    />
  );
}
