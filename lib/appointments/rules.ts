import { localDayBounds } from "@/lib/time/zoned";
import type { AppointmentStatus, AvailableActions, LedgerEffect } from "./types";

/**
 * The appointment lifecycle, as pure rules shared by the server actions (which enforce them under a row lock) and
 * the pages (which only offer what is allowed):
 *
 *   SCHEDULED ──check in──▶ CHECKED_IN ──complete──▶ COMPLETED
 *       │  └──────────────complete──────────────────▲
 *       ├──cancel (reason)──▶ CANCELLED   (also from CHECKED_IN, until the session ends)
 *       ├──no-show──────────▶ NO_SHOW     (once the session has started)
 *       └──reschedule───────▶ SCHEDULED   (same session, new slot; before it starts)
 *
 * Check-in and completion open on the appointment's day in the clinic's zone (a session cannot be completed
 * weeks ahead), and stay open afterwards so yesterday's forgotten outcomes can still be recorded.
 */
export type LifecycleFacts = {
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  hasPurchase: boolean;
  policy: ClinicPolicy;
};

export type ClinicPolicy = { lateCancelWindowHours: number; lateCancelForfeits: boolean; noShowForfeits: boolean };

const HOUR_MS = 3_600_000;

export function dayHasCome(a: Pick<LifecycleFacts, "startsAt" | "timeZone">, now: Date): boolean {
  return now.getTime() >= localDayBounds(a.startsAt, a.timeZone).start.getTime();
}

export function canCheckIn(a: LifecycleFacts, now: Date): boolean {
  return a.status === "SCHEDULED" && dayHasCome(a, now);
}

export function canComplete(a: LifecycleFacts, now: Date): boolean {
  return (a.status === "SCHEDULED" || a.status === "CHECKED_IN") && dayHasCome(a, now);
}

export function canCancel(a: LifecycleFacts, now: Date): boolean {
  return (a.status === "SCHEDULED" || a.status === "CHECKED_IN") && now.getTime() < a.endsAt.getTime();
}

export function canMarkNoShow(a: LifecycleFacts, now: Date): boolean {
  return a.status === "SCHEDULED" && now.getTime() >= a.startsAt.getTime();
}

export function canReschedule(a: LifecycleFacts, now: Date): boolean {
  return a.status === "SCHEDULED" && now.getTime() < a.startsAt.getTime();
}

/**
 * A cancellation is late when it comes less than the clinic's window before the start. The window is elapsed
 * time: "24 hours before" a Monday 09:00 session after a spring-forward night is Sunday 08:00 on the wall clock.
 * Exactly at the window's edge still counts as in time.
 */
export function isLateCancel(a: Pick<LifecycleFacts, "startsAt" | "policy">, now: Date): boolean {
  return now.getTime() > a.startsAt.getTime() - a.policy.lateCancelWindowHours * HOUR_MS;
}

export function cancelEffect(a: Pick<LifecycleFacts, "startsAt" | "policy" | "hasPurchase">, now: Date): LedgerEffect {
  if (!a.hasPurchase) return "none";
  return isLateCancel(a, now) && a.policy.lateCancelForfeits ? "forfeited" : "returned";
}

export function noShowEffect(a: Pick<LifecycleFacts, "policy" | "hasPurchase">): LedgerEffect {
  if (!a.hasPurchase) return "none";
  return a.policy.noShowForfeits ? "forfeited" : "returned";
}

/** What the cancel dialog warns at `now`: the late-cancel sentence once the window has begun, else nothing. */
export function lateCancelNoticeAt(actions: Pick<AvailableActions, "lateCancelFrom" | "lateCancelWarning">, now: Date): string | null {
  return actions.lateCancelFrom !== null && now.getTime() > Date.parse(actions.lateCancelFrom) ? actions.lateCancelWarning : null;
}

export function availableActions(a: LifecycleFacts, now: Date): AvailableActions {
  const cancel = canCancel(a, now);
  const window = `${a.policy.lateCancelWindowHours} hour${a.policy.lateCancelWindowHours === 1 ? "" : "s"}`;
  const lateCancelWarning = !cancel
    ? null
    : !a.hasPurchase
      ? `This is a late cancellation (less than ${window} before the start).`
      : a.policy.lateCancelForfeits
        ? `Late cancellation (less than ${window} before the start): by this clinic's policy the package session is forfeited.`
        : `Late cancellation (less than ${window} before the start): by this clinic's policy the session still returns to the package.`;
  return {
    lateCancelFrom: cancel ? new Date(a.startsAt.getTime() - a.policy.lateCancelWindowHours * HOUR_MS).toISOString() : null,
    lateCancelWarning,
    checkIn: canCheckIn(a, now),
    complete: canComplete(a, now),
    cancel,
    noShow: canMarkNoShow(a, now),
    reschedule: canReschedule(a, now),
    noShowNotice: !a.hasPurchase
      ? null
      : a.policy.noShowForfeits
        ? "By this clinic's policy the package session is forfeited."
        : "By this clinic's policy the session returns to the package.",
  };
}
