"use client";

import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { FormCheckbox, FormCheckboxList, FormTextField } from "@/components/admin/bound-fields";
import { NameCard, Section } from "@/components/admin/section";
import { FormActions } from "@/components/admin/form-actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { errorsUnder, WeeklyIntervalsEditor, type IntervalValue } from "@/components/admin/weekly-intervals-editor";
import { ClosuresEditor, type ClosureValue } from "@/components/admin/clinics/closures-editor";
import { TimeZoneSelect } from "@/components/admin/clinics/time-zone-select";
import { createClinicAction, updateClinicAction } from "@/app/admin/clinics/actions";
import { ZClinicSchema, ZClinicUpdateSchema, type TClinicFormValues } from "@/lib/validations/clinic";

export type ClinicFormInitial = {
  id: string;
  name: string;
  address: string;
  phone: string;
  timeZone: string;
  hours: IntervalValue[];
  closures: ClosureValue[];
  serviceIds: string[];
  lateCancelWindowHours: string;
  lateCancelForfeits: boolean;
  noShowForfeits: boolean;
  active: boolean;
  reminderHours: string;
  emailSenderName: string;
  emailReplyTo: string;
};

const NEW_CLINIC: Omit<ClinicFormInitial, "id"> = {
  name: "",
  address: "",
  phone: "",
  timeZone: "Europe/London",
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
  closures: [],
  serviceIds: [],
  lateCancelWindowHours: "24",
  lateCancelForfeits: true,
  noShowForfeits: true,
  active: true,
  reminderHours: "24",
  emailSenderName: "",
  emailReplyTo: "",
};

export function ClinicForm({ clinic, services, locale }: {
  clinic?: ClinicFormInitial;
  services: { id: string; name: string; active: boolean }[];
  /** The clinic's way of writing dates (a new clinic: en-GB until its region is set). */
  locale?: string;
}) {
  const { form, fieldErrors: e, formError, pending, onSubmit } = useAdminForm<TClinicFormValues & { id?: string }, { id: string }>({
    schema: clinic ? ZClinicUpdateSchema : ZClinicSchema,
    defaultValues: clinic ?? NEW_CLINIC,
    action: (input) => (clinic ? updateClinicAction({ ...input, id: clinic.id }) : createClinicAction(input)),
    success: clinic ? "Clinic saved." : "Clinic created.",
    redirectTo: "/admin/clinics",
  });
  const timeZone = form.watch("timeZone");
  const visibleServices = services.filter((s) => s.active || clinic?.serviceIds.includes(s.id));

  return (
    <AdminForm form={form} onSubmit={onSubmit} error={formError} label={clinic ? "Edit clinic" : "New clinic"} className="grid max-w-4xl grid-cols-1 gap-6">
      <NameCard nameError={e.name} beside={<FormTextField name="phone" label="Phone" error={e.phone} type="tel" autoComplete="off" />}>
        <Field label="Address" htmlFor="address" error={e.address}>
          <Textarea rows={2} {...form.register("address")} />
        </Field>
        <div className="grid gap-1.5 sm:max-w-sm">
          <label htmlFor="timeZone" className="text-sm font-medium leading-none">
            Time zone
          </label>
          <TimeZoneSelect
            id="timeZone"
            value={timeZone}
            onChange={(zone) => form.setValue("timeZone", zone, { shouldDirty: true })}
            invalid={!!e.timeZone}
            describedBy={e.timeZone ? "timeZone-error timeZone-hint" : "timeZone-hint"}
          />
          <p id="timeZone-hint" className="text-[13px] text-muted-foreground">
            Opening hours, provider availability and appointment times are in this zone.
          </p>
          {e.timeZone && (
            <p id="timeZone-error" role="alert" className="text-[13px] font-medium text-destructive">
              {e.timeZone}
            </p>
          )}
        </div>
        <FormCheckbox name="active" id="active" label="Active" hint="Inactive clinics are not offered for new bookings; existing appointments are kept." />
      </NameCard>

      <Section title="Opening hours" description={`Local time in ${timeZone || "the clinic's zone"}. A day can have several intervals, e.g. a lunch break.`}>
        <WeeklyIntervalsEditor name="hours" idPrefix="hours" label="Opening hours" errors={errorsUnder(e, "hours")} emptyLabel="Closed" />
      </Section>

      <Section title="Closures" description="Whole days the clinic is shut, such as bank holidays. Nothing can be booked on these dates.">
        <ClosuresEditor errors={errorsUnder(e, "closures")} locale={locale} />
      </Section>

      <Section title="Services offered" description="Only these services can be booked at this clinic.">
        <FormCheckboxList
          name="serviceIds"
          idPrefix="service"
          legend="Services offered"
          hideLegend
          options={visibleServices}
          error={e.serviceIds}
          empty="No services yet. Create services first."
        />
      </Section>

      <Section title="Cancellation policy" className="grid gap-4">
        <FormTextField
          name="lateCancelWindowHours"
          label="Late-cancel window (hours)"
          error={e.lateCancelWindowHours}
          hint="A cancellation later than this before the start counts as late."
          className="sm:max-w-xs"
          inputMode="numeric"
        />
        <FormCheckbox name="lateCancelForfeits" id="lateCancelForfeits" label="A late cancellation uses up the package session" />
        <FormCheckbox name="noShowForfeits" id="noShowForfeits" label="A no-show uses up the package session" />
      </Section>

      <Section title="Patient e-mails" className="grid gap-4 sm:grid-cols-2">
        <FormTextField name="reminderHours" label="Reminder (hours before)" error={e.reminderHours} hint="24 = the same time the day before." inputMode="numeric" />
        <FormTextField name="emailSenderName" label="Sender name (optional)" error={e.emailSenderName} hint="Default: the clinic's name." />
        <FormTextField name="emailReplyTo" label="Reply-to address (optional)" error={e.emailReplyTo} type="email" />
      </Section>

      <FormActions pending={pending} submitLabel={clinic ? "Save clinic" : "Create clinic"} cancelHref="/admin/clinics" />
    </AdminForm>
  );
}
