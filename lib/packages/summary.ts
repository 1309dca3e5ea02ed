/**
 * The one-line description of a package a receptionist reads at a glance, e.g.
 * "6 × Physiotherapy 45 min + 1 × Initial Assessment 60 min · 90 days · £420". Pure: the admin list, the forms'
 * preview and the booking modal all build it from plain data.
 */
import { formats } from "@/lib/format";

export type SummaryItem = { serviceName: string; durationMin: number; sessions: number };

export type SummaryPackage = {
  items: readonly SummaryItem[];
  validityDays: number;
  priceMinor: number;
  /** ISO 4217 code, e.g. "GBP". */
  currency: string;
  /** Whose way of writing money ("en-US": "$495"); en-GB when absent. */
  locale?: string | null;
};

export function formatDuration(minutes: number): string {
  return `${minutes} min`;
}

export function formatValidity(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** "£420" for whole amounts, "£420.50" otherwise: whole prices read faster without ".00". */
export function formatPrice(minor: number, currency: string, locale?: string | null): string {
  return formats({ timeZone: "UTC", locale }).price(minor, currency);
}

export function itemsSummary(items: readonly SummaryItem[]): string {
  if (items.length === 0) return "No services yet";
  return items.map((i) => `${i.sessions} × ${i.serviceName} ${formatDuration(i.durationMin)}`).join(" + ");
}

export function packageSummary(p: SummaryPackage): string {
  return [itemsSummary(p.items), formatValidity(p.validityDays), formatPrice(p.priceMinor, p.currency, p.locale)].join(" · ");
}

export function totalSessions(items: readonly SummaryItem[]): number {
  return items.reduce((sum, i) => sum + i.sessions, 0);
}

/** The recommended rhythm, e.g. "at least 7 days apart · at most 2 a week"; null when the package sets none. */
export function cadenceSummary(p: { minDaysBetween: number | null; maxPerWeek: number | null }): string | null {
  const parts: string[] = [];
  if (p.minDaysBetween) parts.push(p.minDaysBetween === 1 ? "at least 1 day apart" : `at least ${p.minDaysBetween} days apart`);
  if (p.maxPerWeek) parts.push(`at most ${p.maxPerWeek} a week`);
  return parts.length > 0 ? parts.join(" · ") : null;
}
