import type { AppointmentStatus } from "@/lib/appointments/types";

export type PurchaseStatus = "ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED";

/** Expiry is applied by a job; until it runs, an active purchase past its expiry is already over for staff. */
export function effectiveStatus(p: { status: PurchaseStatus; expiresAt: Date }, now: Date): PurchaseStatus {
  return p.status === "ACTIVE" && p.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : p.status;
}

/**
 * What one session of a course means to the patient's package, in the words the front desk uses:
 * done, upcoming, checked in, outcome not recorded yet, cancelled (returned), no-show (returned), forfeited.
 */
export type SessionState = "done" | "upcoming" | "checked-in" | "unrecorded" | "cancelled" | "no-show" | "forfeited";

export function sessionState(a: { status: AppointmentStatus; forfeitsSession: boolean; endsAt: Date }, now: Date): SessionState {
  const over = a.endsAt.getTime() <= now.getTime();
  switch (a.status) {
    case "COMPLETED":
      return "done";
    case "SCHEDULED":
      return over ? "unrecorded" : "upcoming";
    case "CHECKED_IN":
      return over ? "unrecorded" : "checked-in";
    case "CANCELLED":
      return a.forfeitsSession ? "forfeited" : "cancelled";
    case "NO_SHOW":
      return a.forfeitsSession ? "forfeited" : "no-show";
  }
}

/** The state's label and, for lost or returned sessions, what happened to the package session. */
export function sessionStateLabel(state: SessionState, status: AppointmentStatus): { label: string; detail: string | null } {
  switch (state) {
    case "done":
      return { label: "Done", detail: null };
    case "upcoming":
      return { label: "Upcoming", detail: null };
    case "checked-in":
      return { label: "Checked in", detail: null };
    case "unrecorded":
      return { label: "Outcome not recorded", detail: status === "CHECKED_IN" ? "checked in" : null };
    case "cancelled":
      return { label: "Cancelled", detail: "session returned" };
    case "no-show":
      return { label: "No-show", detail: "session returned" };
    case "forfeited":
      return { label: "Forfeited", detail: status === "NO_SHOW" ? "no-show" : "late cancellation" };
  }
}

/** Booked sessions still to come or still waiting for their outcome: these hold a place in the ledger. */
export function isOpen(status: AppointmentStatus): boolean {
  return status === "SCHEDULED" || status === "CHECKED_IN";
}
