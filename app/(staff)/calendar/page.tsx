import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { requireUser } from "@/lib/session";
import { calendarClinics, loadCalendarData, type CalendarClinic } from "@/lib/queries/calendar";
import { buildCalendar, rangeTitle } from "@/lib/calendar/model";
import type { HourCycle } from "@/lib/format";
import { calendarHref, type CalendarParams } from "@/lib/calendar/href";
import { localDateOf, parseCalendarDate, parseCalendarView, rangeBounds, visibleDays } from "@/lib/calendar/range";
import { zoneLabel } from "@/lib/format";
import { PageHeader } from "@/components/shell/page-header";
import { BookAppointmentButton } from "@/components/booking/book-appointment-button";
import { CalendarToolbar } from "@/components/calendar/calendar-toolbar";
import { CalendarBoard } from "@/components/calendar/calendar-board";
import { CalendarLoading } from "@/components/loading/section-loading";

export const metadata: Metadata = { title: "Calendar" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/calendar");
  const query = await searchParams;
  const clinics = await calendarClinics(prisma, user.clinicIds);
  if (clinics.length === 0) {
    return (
      <>
        <PageHeader title="Calendar" />
        <p className="text-sm text-muted-foreground">You are not a member of any clinic yet. Ask an administrator to add you to one.</p>
      </>
    );
  }

  // Only the user's own clinics: any other id is "not found", never another clinic's appointments.
  const clinicId = first(query.clinic);
  const clinic = clinicId === undefined ? clinics[0] : clinics.find((c) => c.id === clinicId);
  if (!clinic) notFound();

  const now = new Date();
  const today = localDateOf(now, clinic.timeZone);
  const params: CalendarParams = {
    clinic: clinic.id,
    view: parseCalendarView(first(query.view)),
    date: parseCalendarDate(first(query.date)) ?? today,
    provider: first(query.provider) || null,
    cancelled: first(query.cancelled) === "1",
  };
  const days = visibleDays(params.view, params.date);
  const { start, end } = rangeBounds(days, clinic.timeZone);
  const zones = [...new Set([zoneLabel(start, clinic.timeZone), zoneLabel(new Date(end.getTime() - 1), clinic.timeZone)])].join(" → ");

  // The access checks above answer 404 before anything is sent; the week's data streams in behind a skeleton (a
  // route-level loading.tsx would start the response before them and turn every 404 into a 200).
  return (
    <>
      <PageHeader
        title="Calendar"
        description={`${clinic.name} · times in ${zones} (clinic time)`}
        actions={<BookAppointmentButton />}
      />
      <Suspense fallback={<CalendarLoading />}>
        <CalendarWeek params={params} today={today} now={now} days={days} start={start} end={end} clinic={clinic} clinics={clinics} admin={user.role === "ADMIN"} hourCycle={user.hourCycle ?? null} />
      </Suspense>
    </>
  );
}

async function CalendarWeek({ params, today, now, days, start, end, clinic, clinics, admin, hourCycle }: {
  params: CalendarParams;
  today: string;
  now: Date;
  days: string[];
  start: Date;
  end: Date;
  clinic: CalendarClinic;
  clinics: CalendarClinic[];
  admin: boolean;
  hourCycle: HourCycle | null;
}) {
  const data = await loadCalendarData(prisma, { clinicId: clinic.id, firstDay: days[0], lastDay: days[days.length - 1], start, end, providerId: params.provider });
  // A provider not working here (e.g. kept from another clinic's link): show everyone instead.
  if (params.provider && !data.providers.some((p) => p.id === params.provider)) redirect(calendarHref(params, { provider: null }));

  const model = buildCalendar({ ...data, view: params.view, days, providerId: params.provider, showCancelled: params.cancelled, now, hourCycle });
  const dayHrefs = Object.fromEntries(days.map((d) => [d, calendarHref(params, { view: "day", date: d })]));
  return (
    <>
      <CalendarToolbar
        params={params}
        today={today}
        title={rangeTitle(days)}
        clinics={clinics}
        providers={data.providers}
        hiddenCancelled={model.hiddenCancelled}
      />
      {model.columns.length === 0 ? (
        <p className="rounded-lg border bg-card p-6 text-sm text-muted-foreground">
          {params.provider ? "This provider is not working here on this day." : "No provider is working at this clinic on this day, and nothing is booked."}
        </p>
      ) : (
        <CalendarBoard model={model} view={params.view} clinic={clinic} dayHrefs={dayHrefs} admin={admin} />
      )}
    </>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
