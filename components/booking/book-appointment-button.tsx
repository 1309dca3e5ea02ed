"use client";

import { useId, useRef, useState } from "react";
import { CalendarPlus, ChevronRight, Clock, Package } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { PatientOption } from "@/lib/booking/types";
import { SingleSessionDialog } from "./single-session-dialog";
import { UsePackageDialog } from "./use-package-dialog";

type Mode = "choose" | "single" | "package" | null;

/** The "Book Appointment" entry point (PRODUCT §3.1): a single session or sessions from a package. */
export function BookAppointmentButton({ patient }: { patient?: PatientOption }) {
  const [mode, setMode] = useState<Mode>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = (open: boolean) => !open && setMode(null);
  // The chooser closes as the chosen dialog opens: focus must stay in the new dialog, and come back to this
  // button when that one closes.
  const returnFocus = (e: Event) => {
    e.preventDefault();
    if (mode === null) trigger.current?.focus();
  };
  return (
    <>
      <Dialog open={mode === "choose"} onOpenChange={(open) => setMode(open ? "choose" : null)}>
        <DialogTrigger asChild>
          <Button type="button" ref={trigger}>
            <CalendarPlus aria-hidden />
            Book Appointment
          </Button>
        </DialogTrigger>
        <DialogContent onCloseAutoFocus={returnFocus}>
          <DialogHeader>
            <DialogTitle>Book Appointment</DialogTitle>
            <DialogDescription>{patient ? `For ${patient.name}. ` : ""}What would you like to book?</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <ChoiceButton
              icon={<Package aria-hidden />}
              title="Use Package"
              description="Book a course of sessions from a package the patient has, or assign a new one."
              onClick={() => setMode("package")}
            />
            <ChoiceButton
              icon={<Clock aria-hidden />}
              title="Single session"
              description="One appointment: service, clinic, provider and a free time."
              onClick={() => setMode("single")}
            />
          </div>
        </DialogContent>
      </Dialog>
      <UsePackageDialog open={mode === "package"} onOpenChange={close} onCloseAutoFocus={returnFocus} patient={patient} />
      <SingleSessionDialog open={mode === "single"} onOpenChange={close} onCloseAutoFocus={returnFocus} patient={patient} />
    </>
  );
}

function ChoiceButton({ icon, title, description, onClick }: { icon: React.ReactNode; title: string; description: string; onClick: () => void }) {
  const id = useId();
  return (
    <button
      type="button"
      onClick={onClick}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      className="group flex w-full items-center gap-3 rounded-lg border bg-card p-4 text-left transition-colors hover:border-primary/60 hover:bg-primary/5 focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring [&_svg]:size-5"
    >
      <span className="flex size-10 shrink-0 items-center justify-center rounded-md bg-primary/10 text-primary">{icon}</span>
      <span className="grid flex-1 gap-0.5">
        <span id={`${id}-title`} className="font-medium">
          {title}
        </span>
        <span id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </span>
      </span>
      <ChevronRight aria-hidden className="text-muted-foreground group-hover:text-foreground" />
    </button>
  );
}
