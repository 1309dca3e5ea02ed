"use client";

import Link from "next/link";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { appointmentWhen } from "@/components/appointments/confirm-dialogs";
import { useHourCycle } from "@/components/shell/format-preferences";
import { ServiceLabel } from "@/components/appointments/service-label";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Separator } from "@/components/ui/separator";
import { MessageStatusLines } from "@/components/messages/message-status-lines";
import type { AppointmentOutcome, AppointmentSummary } from "@/lib/appointments/types";
import type { CalendarBlock } from "@/lib/calendar/model";

/** An appointment clicked in the calendar: what it is, and what can be done with it now. */
export function AppointmentDetailsDialog({
  block,
  clinic,
  admin,
  onOpenChange,
  onDone,
  onCloseAutoFocus,
}: {
  block: CalendarBlock | null;
  clinic: { name: string; timeZone: string; locale?: string };
  /** Admins get a link to each message's page (content, Resend). */
  admin: boolean;
  onOpenChange: (open: boolean) => void;
  onDone: (outcome: AppointmentOutcome) => void;
  /** Opened without a trigger button: the caller says where focus goes back to. */
  onCloseAutoFocus: (event: Event) => void;
}) {
  const hourCycle = useHourCycle();
  const summary: AppointmentSummary | null = block && {
    id: block.id,
    patientName: block.patientName,
    serviceName: block.serviceName,
    providerName: block.providerName,
    providerId: block.providerId,
    clinicName: clinic.name,
    timeZone: clinic.timeZone,
    locale: clinic.locale,
    startsAt: block.startsAt,
    endsAt: block.endsAt,
    status: block.status,
    packageName: block.packageName,
  };
  return (
    <Dialog open={block !== null} onOpenChange={onOpenChange}>
      {block && summary && (
        <DialogContent className="sm:max-w-xl" onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle>
              {block.patientName} — {block.serviceName}
            </DialogTitle>
            <DialogDescription>{appointmentWhen(summary, hourCycle)}</DialogDescription>
          </DialogHeader>
          <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm">
            <dt className="text-muted-foreground">Patient</dt>
            <dd>
              <Link href={`/patients/${block.patientId}`} className="font-medium text-primary underline-offset-4 hover:underline">
                {block.patientName}
              </Link>
            </dd>
            <dt className="text-muted-foreground">Service</dt>
            <dd>
              <ServiceLabel service={{ name: block.serviceName, colour: block.serviceColour }} fromPackage={false} />
            </dd>
            <dt className="text-muted-foreground">Provider</dt>
            <dd>{block.providerName}</dd>
            <dt className="text-muted-foreground">Clinic</dt>
            <dd>{clinic.name}</dd>
            {block.packageName && (
              <>
                <dt className="text-muted-foreground">Package</dt>
                <dd>{block.packageName}</dd>
              </>
            )}
            <dt className="text-muted-foreground">Status</dt>
            <dd>
              <AppointmentStatusBadge status={block.status} />
            </dd>
            <dt className="text-muted-foreground">Messages</dt>
            <dd>
              <MessageStatusLines lines={block.messages} admin={admin} />
            </dd>
          </dl>
          <Separator />
          <AppointmentActions key={block.id} appointment={summary} actions={block.actions} onDone={onDone} />
        </DialogContent>
      )}
    </Dialog>
  );
}
