"use client";

import { createContext, useContext } from "react";
import type { HourCycle } from "@/lib/format";

// The signed-in user's 12 h / 24 h choice for client components (server components get it from the page's user).
// Null: each clinic's locale decides (lib/format.ts).
const HourCycleContext = createContext<HourCycle | null>(null);

export function FormatPreferencesProvider({ hourCycle, children }: { hourCycle: HourCycle | null; children: React.ReactNode }) {
  return <HourCycleContext.Provider value={hourCycle}>{children}</HourCycleContext.Provider>;
}

export function useHourCycle(): HourCycle | null {
  return useContext(HourCycleContext);
}
