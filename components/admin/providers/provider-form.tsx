"use client";

import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CheckboxField } from "@/components/admin/checkbox-field";
import { CheckboxList } from "@/components/admin/checkbox-list";
import { FormActions } from "@/components/admin/form-actions";
import { FormError } from "@/components/admin/form-error";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { errorsUnder, WeeklyIntervalsEditor, type IntervalValue } from "@/components/admin/weekly-intervals-editor";
import { OutsideHoursAlert } from "@/components/admin/providers/outside-hours-alert";
import { TimeOffEditor, type TimeOffValue } from "@/components/admin/providers/time-off-editor";
import { createProviderAction, updateProviderAction } from "@/app/admin/providers/actions";
import { availabilityOutsideHours } from "@/lib/providers/outside-hours";
import { minutesToTime, timeToMinutes } from "@/lib/validations/common";
import { timeOffZone, ZProviderSchema, ZProviderUpdateSchema, type TProviderFormValues } from "@/lib/validations/provider";

export type ProviderClinicOption = {
  id: string;
  name: string;
  timeZone: string;
  active: boolean;
  hours: { weekday: number; startMinute: number; endMinute: number }[];
};

export type ProviderFormInitial = {
  id: string;
  name: string;
  title: string | null;
  active: boolean;
  serviceIds: string[];
  clinicIds: string[];
  availability: Record<string, IntervalValue[]>;
  /** Already converted to local "YYYY-MM-DDTHH:MM" in timeOffZone(). */
  timeOff: TimeOffValue[];
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function ProviderForm({ provider, services, clinics }: {
  provider?: ProviderFormInitial;
  services: { id: string; name: string; active: boolean }[];
  clinics: ProviderClinicOption[];
}) {
  const [name, setName] = useState(provider?.name ?? "");
  const [title, setTitle] = useState(provider?.title ?? "");
  const [active, setActive] = useState(provider?.active ?? true);
  const [serviceIds, setServiceIds] = useState(provider?.serviceIds ?? []);
  const [clinicIds, setClinicIds] = useState(provider?.clinicIds ?? []);
  const [availability, setAvailability] = useState<Record<string, IntervalValue[]>>(provider?.availability ?? {});
  const [timeOff, setTimeOff] = useState<TimeOffValue[]>(provider?.timeOff ?? []);

  const form = useAdminForm({
    schema: provider ? ZProviderUpdateSchema : ZProviderSchema,
    action: provider ? updateProviderAction : createProviderAction,
    success: provider ? "Provider saved." : "Provider created.",
    warning: ({ outsideHours: n }) =>
      n.length === 0 ? null : `${n.length === 1 ? "One interval is" : `${n.length} intervals are`} outside the clinic's opening hours.`,
    redirectTo: (data) => (data.outsideHours.length ? `/admin/providers/${data.id}` : "/admin/providers"),
  });
  const e = form.fieldErrors;

  // Hours are shown for every clinic worked at, and for any other clinic that still has hours (so the
  // "does not work at this clinic" error has a place to appear).
  const availabilityClinics = clinics.filter((c) => clinicIds.includes(c.id) || (availability[c.id]?.length ?? 0) > 0);
  const availabilityList = availabilityClinics
    .map((c) => ({ clinicId: c.id, intervals: availability[c.id] ?? [] }))
    .filter((a) => a.intervals.length > 0 || clinicIds.includes(a.clinicId));
  const zone = timeOffZone(clinics, clinicIds);

  const outside = availabilityOutsideHours(
    availabilityList.map((a) => ({
      clinicId: a.clinicId,
      intervals: a.intervals
        .filter((i) => TIME.test(i.start) && TIME.test(i.end) && i.end > i.start)
        .map((i) => ({ weekday: i.weekday, start: timeToMinutes(i.start), end: timeToMinutes(i.end) })),
    })),
    clinics.map((c) => ({ id: c.id, name: c.name, hours: c.hours.map((h) => ({ weekday: h.weekday, start: h.startMinute, end: h.endMinute })) })),
  );

  const visibleServices = services.filter((s) => s.active || provider?.serviceIds.includes(s.id));
  const visibleClinics = clinics.filter((c) => c.active || provider?.clinicIds.includes(c.id));

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input: TProviderFormValues & { id?: string } = {
      ...(provider ? { id: provider.id } : {}),
      name,
      title,
      active,
      serviceIds,
      clinicIds,
      availability: availabilityList,
      timeOff,
    };
    void form.submit(input);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6" aria-label={provider ? "Edit provider" : "New provider"}>
      <FormError message={form.formError} />
      <Card>
        <CardContent className="grid gap-5 pt-6">
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <Field label="Name" htmlFor="name" error={e.name}>
              <Input value={name} onChange={(ev) => setName(ev.target.value)} autoComplete="off" />
            </Field>
            <Field label="Title" htmlFor="title" error={e.title} hint="Optional, e.g. Senior Physiotherapist.">
              <Input value={title} onChange={(ev) => setTitle(ev.target.value)} autoComplete="off" />
            </Field>
          </div>
          <CheckboxField
            id="active"
            label="Active"
            hint="Inactive providers are not offered for new bookings; their existing appointments are kept."
            checked={active}
            onChange={setActive}
          />
          <CheckboxList
            idPrefix="service"
            legend="Qualified for"
            options={visibleServices}
            selected={serviceIds}
            onChange={setServiceIds}
            error={e.serviceIds}
            empty="No services yet."
          />
          <CheckboxList
            idPrefix="clinic"
            legend="Works at"
            options={visibleClinics}
            selected={clinicIds}
            onChange={setClinicIds}
            error={e.clinicIds}
            empty="No clinics yet."
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">
            <h2>Weekly availability</h2>
          </CardTitle>
          <CardDescription>Per clinic, in that clinic&apos;s local time. The clinic&apos;s opening hours are shown under each day.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {availabilityList.length === 0 && <p className="text-sm text-muted-foreground">Tick a clinic under “Works at” to give hours there.</p>}
          {availabilityList.map((a, index) => {
            const clinic = clinics.find((c) => c.id === a.clinicId)!;
            const clinicError = e[`availability.${index}.clinicId`];
            const flagged = outside.filter((o) => o.clinicId === clinic.id);
            return (
              <section key={clinic.id} aria-labelledby={`avail-${clinic.id}`} className="grid gap-3">
                <h3 id={`avail-${clinic.id}`} className="text-sm font-semibold">
                  {clinic.name} <span className="font-normal text-muted-foreground">· {clinic.timeZone}</span>
                </h3>
                {clinicError && (
                  <p role="alert" className="text-[13px] font-medium text-destructive">
                    {clinicError}
                  </p>
                )}
                <OutsideHoursAlert items={flagged} showClinic={false} />
                <WeeklyIntervalsEditor
                  idPrefix={`avail-${clinic.id}`}
                  label={`Availability at ${clinic.name}`}
                  value={a.intervals}
                  onChange={(next) => setAvailability((prev) => ({ ...prev, [clinic.id]: next }))}
                  errors={errorsUnder(e, `availability.${index}.intervals`)}
                  emptyLabel="Not available"
                  dayHint={(weekday) => {
                    const open = clinic.hours.filter((h) => h.weekday === weekday);
                    return open.length
                      ? `Open ${open.map((h) => `${minutesToTime(h.startMinute)}–${minutesToTime(h.endMinute)}`).join(", ")}`
                      : "Clinic closed";
                  }}
                />
              </section>
            );
          })}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">
            <h2>Time off</h2>
          </CardTitle>
          <CardDescription>
            Leave, training and other absences. Times are in <strong className="font-medium text-foreground">{zone.timeZone}</strong>
            {zone.clinicName ? ` — the time zone of ${zone.clinicName}, this provider's first clinic.` : " — tick a clinic to use its time zone."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TimeOffEditor value={timeOff} onChange={setTimeOff} errors={errorsUnder(e, "timeOff")} />
        </CardContent>
      </Card>

      <FormActions pending={form.pending} submitLabel={provider ? "Save provider" : "Create provider"} cancelHref="/admin/providers" />
    </form>
  );
}
