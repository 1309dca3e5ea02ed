"use client";

import { RowListEditor } from "@/components/admin/row-list-editor";
import { useHourCycle } from "@/components/shell/format-preferences";

export type TimeOffValue = { startsAt: string; endsAt: string; reason: string };

const FIELDS = [
  { key: "startsAt", label: "from", type: "datetime" as const, defaultTime: "09:00", className: "" },
  { key: "endsAt", label: "until", type: "datetime" as const, defaultTime: "17:00", className: "", dashBefore: true },
  // Grows into the rest of the line, or a line of its own after the two date-times.
  { key: "reason", label: "reason", placeholder: "Reason (optional)", className: "min-w-48 flex-1" },
];

/**
 * Leave, training…: local date-time ranges in one stated zone, in the form's `timeOff`; `errors` keyed like "2.endsAt".
 * Written in `locale` (the zone's clinic's), times by the user's 12/24 h choice.
 */
export function TimeOffEditor({ errors, locale }: { errors: Record<string, string>; locale?: string }) {
  const hourCycle = useHourCycle();
  return (
    <RowListEditor
      name="timeOff"
      noun="Time off"
      idPrefix="timeoff"
      fields={FIELDS}
      blank={{ startsAt: "", endsAt: "", reason: "" }}
      empty="No time off entered."
      errors={errors}
      locale={locale}
      hourCycle={hourCycle}
    />
  );
}
