"use client";

import { useState } from "react";
import { setHourCycleAction } from "@/app/(staff)/account/actions";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Button } from "@/components/ui/button";
import { formats, type HourCycle } from "@/lib/format";

type Choice = "auto" | HourCycle;

// 5 pm on a fixed day, shown as each choice would write it.
const SAMPLE = new Date(Date.UTC(2026, 11, 8, 17, 0));
const sample = (hourCycle: HourCycle) => formats({ timeZone: "UTC", locale: hourCycle === "h12" ? "en-US" : "en-GB", hourCycle }).time(SAMPLE);

const CHOICES: { value: Choice; label: string; hint: string }[] = [
  { value: "auto", label: "As each clinic writes it", hint: "24-hour at the English clinics, 12-hour in New York" },
  { value: "h23", label: "24-hour clock", hint: `e.g. ${sample("h23")}` },
  { value: "h12", label: "12-hour clock", hint: `e.g. ${sample("h12")}` },
];

/** The account page's time format: a radio group and Save; every screen then shows times this way. */
export function HourCycleForm({ current }: { current: HourCycle | null }) {
  const [choice, setChoice] = useState<Choice>(current ?? "auto");
  const { pending, act } = useAdminAction(() => setHourCycleAction({ hourCycle: choice }), { success: () => "Time format saved." });

  function save(event: React.FormEvent) {
    event.preventDefault();
    void act();
  }

  return (
    <form onSubmit={save} className="grid gap-3">
      <fieldset className="grid gap-2">
        <legend className="sr-only">Time format</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="flex cursor-pointer items-start gap-2.5 rounded-md border p-2.5 text-sm has-[:checked]:border-primary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
            <input
              type="radio"
              name="hourCycle"
              value={c.value}
              checked={choice === c.value}
              onChange={() => setChoice(c.value)}
              className="mt-0.5 size-4 accent-primary"
            />
            <span>
              <span className="font-medium">{c.label}</span>
              <span className="block text-muted-foreground">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save time format"}
        </Button>
      </div>
    </form>
  );
}
