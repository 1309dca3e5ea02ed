"use client";

import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { useReplan } from "@/components/purchases/replan-context";
import type { AppointmentSummary, AvailableActions } from "@/lib/appointments/types";

/** The lifecycle actions of one row of the patient's tables; "Re-plan the rest" opens the page's re-plan dialog. */
export function AppointmentRowActions({ appointment, actions }: { appointment: AppointmentSummary; actions: AvailableActions }) {
  const openReplan = useReplan();
  return <AppointmentActions appointment={appointment} actions={actions} onReplan={(purchaseId) => openReplan(purchaseId)} />;
}
