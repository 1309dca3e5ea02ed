"use client";

import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { CheckboxField } from "@/components/admin/checkbox-field";
import { CheckboxList } from "@/components/admin/checkbox-list";
import { FormActions } from "@/components/admin/form-actions";
import { FormError } from "@/components/admin/form-error";
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
  locale: string;
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
  locale: "en-GB",
  emailSenderName: "",
  emailReplyTo: "",
};

export function ClinicForm({ clinic, services }: { clinic?: ClinicFormInitial; services: { id: string; name: string; active: boolean }[] }) {
  const [values, setValues] = useState<Omit<ClinicFormInitial, "id">>(clinic ?? NEW_CLINIC);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const form = useAdminForm({
    schema: clinic ? ZClinicUpdateSchema : ZClinicSchema,
    action: clinic ? updateClinicAction : createClinicAction,
    success: clinic ? "Clinic saved." : "Clinic created.",
    redirectTo: "/admin/clinics",
  });
  const e = form.fieldErrors;
  const visibleServices = services.filter((s) => s.active || clinic?.serviceIds.includes(s.id));

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input: TClinicFormValues & { id?: string } = { ...values, ...(clinic ? { id: clinic.id } : {}) };
    void form.submit(input);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-4xl gap-6" aria-label={clinic ? "Edit clinic" : "New clinic"}>
      <FormError message={form.formError} />
      <Card>
        <CardContent className="grid gap-5 pt-6">
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <Field label="Name" htmlFor="name" error={e.name}>
              <Input value={values.name} onChange={(ev) => set("name", ev.target.value)} autoComplete="off" />
            </Field>
            <Field label="Phone" htmlFor="phone" error={e.phone}>
              <Input type="tel" value={values.phone} onChange={(ev) => set("phone", ev.target.value)} autoComplete="off" />
            </Field>
          </div>
          <Field label="Address" htmlFor="address" error={e.address}>
            <Textarea rows={2} value={values.address} onChange={(ev) => set("address", ev.target.value)} />
          </Field>
          <div className="grid gap-1.5 sm:max-w-sm">
            <label htmlFor="timeZone" className="text-sm font-medium leading-none">
              Time zone
            </label>
            <TimeZoneSelect
              id="timeZone"
              value={values.timeZone}
              onChange={(zone) => set("timeZone", zone)}
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
          <CheckboxField
            id="active"
            label="Active"
            hint="Inactive clinics are not offered for new bookings; existing appointments are kept."
            checked={values.active}
            onChange={(v) => set("active", v)}
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Opening hours</CardTitle>
          <CardDescription>Local time in {values.timeZone || "the clinic's zone"}. A day can have several intervals, e.g. a lunch break.</CardDescription>
        </CardHeader>
        <CardContent>
          <WeeklyIntervalsEditor
            idPrefix="hours"
            label="Opening hours"
            value={values.hours}
            onChange={(hours) => set("hours", hours)}
            errors={errorsUnder(e, "hours")}
            emptyLabel="Closed"
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Closures</CardTitle>
          <CardDescription>Whole days the clinic is shut, such as bank holidays. Nothing can be booked on these dates.</CardDescription>
        </CardHeader>
        <CardContent>
          <ClosuresEditor value={values.closures} onChange={(closures) => set("closures", closures)} errors={errorsUnder(e, "closures")} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Services offered</CardTitle>
          <CardDescription>Only these services can be booked at this clinic.</CardDescription>
        </CardHeader>
        <CardContent>
          <CheckboxList
            idPrefix="service"
            legend="Services offered"
            hideLegend
            options={visibleServices}
            selected={values.serviceIds}
            onChange={(ids) => set("serviceIds", ids)}
            error={e.serviceIds}
            empty="No services yet. Create services first."
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Cancellation policy</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Field
            label="Late-cancel window (hours)"
            htmlFor="lateCancelWindowHours"
            error={e.lateCancelWindowHours}
            hint="A cancellation later than this before the start counts as late."
            className="sm:max-w-xs"
          >
            <Input inputMode="numeric" value={values.lateCancelWindowHours} onChange={(ev) => set("lateCancelWindowHours", ev.target.value)} />
          </Field>
          <CheckboxField
            id="lateCancelForfeits"
            label="A late cancellation uses up the package session"
            checked={values.lateCancelForfeits}
            onChange={(v) => set("lateCancelForfeits", v)}
          />
          <CheckboxField id="noShowForfeits" label="A no-show uses up the package session" checked={values.noShowForfeits} onChange={(v) => set("noShowForfeits", v)} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Patient e-mails</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field label="Reminder (hours before)" htmlFor="reminderHours" error={e.reminderHours} hint="24 = the same time the day before.">
            <Input inputMode="numeric" value={values.reminderHours} onChange={(ev) => set("reminderHours", ev.target.value)} />
          </Field>
          <Field label="Language and date format" htmlFor="locale" error={e.locale} hint="A language tag, like en-GB or en-US.">
            <Input value={values.locale} onChange={(ev) => set("locale", ev.target.value)} />
          </Field>
          <Field label="Sender name (optional)" htmlFor="emailSenderName" error={e.emailSenderName} hint="Default: the clinic's name.">
            <Input value={values.emailSenderName} onChange={(ev) => set("emailSenderName", ev.target.value)} />
          </Field>
          <Field label="Reply-to address (optional)" htmlFor="emailReplyTo" error={e.emailReplyTo}>
            <Input type="email" value={values.emailReplyTo} onChange={(ev) => set("emailReplyTo", ev.target.value)} />
          </Field>
        </CardContent>
      </Card>

      <FormActions pending={form.pending} submitLabel={clinic ? "Save clinic" : "Create clinic"} cancelHref="/admin/clinics" />
    </form>
  );
}
