"use client";

import { FormCheckbox, FormCheckboxList, FormTextField } from "@/components/admin/bound-fields";
import { NameCard, Section } from "@/components/admin/section";
import { FormActions } from "@/components/admin/form-actions";
import { AdminForm } from "@/components/admin/admin-form";
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
  locale: string;
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

type Values = Omit<ProviderFormInitial, "id" | "title"> & { id?: string; title: string };

/** What the action takes: hours as a list, for every clinic worked at and any other that still has hours. */
function toInput(v: Values): TProviderFormValues & { id?: string } {
  const availability = Object.entries(v.availability)
    .filter(([clinicId, intervals]) => v.clinicIds.includes(clinicId) || intervals.length > 0)
    .map(([clinicId, intervals]) => ({ clinicId, intervals }));
  for (const clinicId of v.clinicIds) if (!v.availability[clinicId]) availability.push({ clinicId, intervals: [] });
  return { ...v, availability };
}

export function ProviderForm({ provider, services, clinics }: {
  provider?: ProviderFormInitial;
  services: { id: string; name: string; active: boolean }[];
  clinics: ProviderClinicOption[];
}) {
  const { form, fieldErrors: e, formError, pending, onSubmit } = useAdminForm({
    schema: provider ? ZProviderUpdateSchema : ZProviderSchema,
    defaultValues: provider
      ? { ...provider, title: provider.title ?? "" }
      : ({ name: "", title: "", active: true, serviceIds: [], clinicIds: [], availability: {}, timeOff: [] } as Values),
    toInput,
    action: (input) => (provider ? updateProviderAction({ ...input, id: provider.id }) : createProviderAction(input)),
    success: provider ? "Provider saved." : "Provider created.",
    warning: ({ outsideHours: n }) =>
      n.length === 0 ? null : `${n.length === 1 ? "One interval is" : `${n.length} intervals are`} outside the clinic's opening hours.`,
    redirectTo: (data) => (data.outsideHours.length ? `/admin/providers/${data.id}` : "/admin/providers"),
  });
  const clinicIds = form.watch("clinicIds");
  const availability = form.watch("availability");

  // Hours are shown for every clinic worked at, and for any other clinic that still has hours (so the
  // "does not work at this clinic" error has a place to appear), in clinic order.
  const availabilityClinics = clinics.filter((c) => clinicIds.includes(c.id) || (availability[c.id]?.length ?? 0) > 0);
  const zone = timeOffZone(clinics, clinicIds);
  const outside = availabilityOutsideHours(
    availabilityClinics.map((c) => ({
      clinicId: c.id,
      intervals: (availability[c.id] ?? [])
        .filter((i) => TIME.test(i.start) && TIME.test(i.end) && i.end > i.start)
        .map((i) => ({ weekday: i.weekday, start: timeToMinutes(i.start), end: timeToMinutes(i.end) })),
    })),
    clinics.map((c) => ({ id: c.id, name: c.name, hours: c.hours.map((h) => ({ weekday: h.weekday, start: h.startMinute, end: h.endMinute })) })),
  );
  // Server and schema errors name the clinic by its place in the submitted list.
  const submitted = toInput(form.getValues()).availability.map((a) => a.clinicId);

  const visibleServices = services.filter((s) => s.active || provider?.serviceIds.includes(s.id));
  const visibleClinics = clinics.filter((c) => c.active || provider?.clinicIds.includes(c.id));

  return (
    <AdminForm form={form} onSubmit={onSubmit} error={formError} label={provider ? "Edit provider" : "New provider"} className="grid max-w-4xl grid-cols-1 gap-6">
      <NameCard nameError={e.name} beside={<FormTextField name="title" label="Title" error={e.title} hint="Optional, e.g. Senior Physiotherapist." autoComplete="off" />}>
        <FormCheckbox
          name="active"
          id="active"
          label="Active"
          hint="Inactive providers are not offered for new bookings; their existing appointments are kept."
        />
        <FormCheckboxList name="serviceIds" idPrefix="service" legend="Qualified for" options={visibleServices} error={e.serviceIds} empty="No services yet." />
        <FormCheckboxList name="clinicIds" idPrefix="clinic" legend="Works at" options={visibleClinics} error={e.clinicIds} empty="No clinics yet." />
      </NameCard>

      <Section title="Weekly availability" description="Per clinic, in that clinic's local time. The clinic's opening hours are shown under each day." className="grid gap-6">
        {availabilityClinics.length === 0 && <p className="text-sm text-muted-foreground">Tick a clinic under “Works at” to give hours there.</p>}
        {availabilityClinics.map((clinic) => {
          const index = submitted.indexOf(clinic.id);
          const clinicError = e[`availability.${index}.clinicId`];
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
              <OutsideHoursAlert items={outside.filter((o) => o.clinicId === clinic.id)} showClinic={false} />
              <WeeklyIntervalsEditor
                name={`availability.${clinic.id}`}
                idPrefix={`avail-${clinic.id}`}
                label={`Availability at ${clinic.name}`}
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
      </Section>

      <Section
        title="Time off"
        description={
          <>
            Leave, training and other absences. Times are in <strong className="font-medium text-foreground">{zone.timeZone}</strong>
            {zone.clinicName ? ` — the time zone of ${zone.clinicName}, this provider's first clinic.` : " — tick a clinic to use its time zone."}
          </>
        }
      >
        <TimeOffEditor errors={errorsUnder(e, "timeOff")} locale={clinics.find((c) => c.name === zone.clinicName)?.locale} />
      </Section>

      <FormActions pending={pending} submitLabel={provider ? "Save provider" : "Create provider"} cancelHref="/admin/providers" />
    </AdminForm>
  );
}
