import { CheckCircle2, LogIn, UserX, XCircle } from "lucide-react";
import type { AppointmentStatus } from "@/lib/appointments/types";

/** The icon a block shows for its status (none while scheduled); the legend explains the same ones. */
export const STATUS_ICONS: Partial<Record<AppointmentStatus, { icon: typeof LogIn; className: string }>> = {
  CHECKED_IN: { icon: LogIn, className: "text-primary" },
  COMPLETED: { icon: CheckCircle2, className: "text-success" },
  CANCELLED: { icon: XCircle, className: "text-muted-foreground" },
  NO_SHOW: { icon: UserX, className: "text-destructive" },
};

export function validColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : "#0b6a63";
}

/** The service colour at a given opacity, for a calm tint behind dark text. */
export function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}
