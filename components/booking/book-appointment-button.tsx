"use client";

import { useRef, useState } from "react";
import { CalendarPlus, ChevronRight, Clock, Package } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, DialogHeading } from "@/components/ui/dialog";
import type { BookingContext, PatientOption } from "@/lib/booking/types";
import { SingleSessionDialog } from "./single-session-dialog";
import { UsePackageDialog } from "./use-package-dialog";

export type BookingMode = "choose" | "single" | "package" | null;

/** The "Book Appointment" entry point (PRODUCT §3.1): a single session or sessions from a package. */
export function BookAppointmentButton({ patient, context }: { patient?: PatientOption; context?: BookingContext }) {
  const [mode, setMode] = useState<BookingMode>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <BookAppointmentDialogs
      mode={mode}
      onModeChange={setMode}
      patient={patient}
      context={context}
      onClosed={() => trigger.current?.focus()}
      trigger={
        <Button type="button" ref={trigger}>
          <CalendarPlus aria-hidden />
          Book Appointment
        </Button>
      }
    />
  );
}

/**
 * The Book Appointment dialogs without their own button, for opening them from elsewhere (a calendar slot).
 * `onClosed` gets focus back to where the user was: the chooser hands over to the chosen dialog, so Radix's own
 * return-focus would land on nothing.
 */
export function BookAppointmentDialogs({
  mode,
  onModeChange,
  patient,
  context,
  onClosed,
  trigger,
}: {
  mode: BookingMode;
  onModeChange: (mode: BookingMode) => void;
  patient?: PatientOption;
  context?: BookingContext;
  onClosed: () => void;
  trigger?: React.ReactNode;
}) {
  const close = (open: boolean) => !open && onModeChange(null);
  // The chooser closes as the chosen dialog opens: focus must stay in the new dialog, and come back to the
  // trigger when that one closes.
  const returnFocus = (e: Event) => {
    e.preventDefault();
    if (mode === null) onClosed();
  };
  return (
    <>
      <Dialog open={mode === "choose"} onOpenChange={(open) => onModeChange(open ? "choose" : null)}>
        {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
        <DialogContent onCloseAutoFocus={returnFocus}>
          <DialogHeading title="Book Appointment" description={`${patient ? `For ${patient.name}. ` : ""}What would you like to book?`} />
          <div className="grid gap-2">
            <ChoiceButton
              icon={<Package aria-hidden />}
              title="Use Package"
              description="Book a course of sessions from a package the patient has, or assign a new one."
              onClick={() => onModeChange("package")}
            />
            <ChoiceButton
              icon={<Clock aria-hidden />}
              title="Single session"
              description={
                context
                  ? "One appointment from the time you picked: service, provider and a free time."
                  : "One appointment: service, clinic, provider and a free time."
              }
              onClick={() => onModeChange("single")}
            />
          </div>
        </DialogContent>
      </Dialog>
      <UsePackageDialog open={mode === "package"} onOpenChange={close} onCloseAutoFocus={returnFocus} patient={patient} />
      <SingleSessionDialog open={mode === "single"} onOpenChange={close} onCloseAutoFocus={returnFocus} patient={patient} context={context} />
    </>
  );
}

/** Named by all it shows, title then description: a name holding only the title hides visible text (axe
 * label-content-name-mismatch), and speech users say what they see. */
function ChoiceButton({ icon, title, description, onClick }: { icon: React.ReactNode; title: string; description: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="group flex w-full items-center gap-3 rounded-lg border bg-card p-4 text-left transition-colors hover:border-primary/60 hover:bg-primary/5 focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring [&_svg]:size-5"
    >
      <span className="flex size-10 shrink-0 items-center justify-center rounded-md bg-primary/10 text-primary">{icon}</span>
      <span className="grid flex-1 gap-0.5">
        <span className="font-medium">{title}</span>{" "}
        <span className="text-sm text-muted-foreground">
          {description}
        </span>
      </span>
      <ChevronRight aria-hidden className="text-muted-foreground group-hover:text-foreground" />
    </button>
  );
}
