"use client";

import { useEffect, useState } from "react";
import { localDateOf, minuteOfDay } from "@/lib/calendar/range";

/**
 * Today's date and the minute of the day in the clinic's zone, moving on each minute (the now-line). Starts from
 * the server's values, so the first render matches the page that was sent.
 */
export function useClinicClock(timeZone: string, initial: { today: string; minute: number }): { today: string; minute: number } {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = new Date();
      setNow({ today: localDateOf(at, timeZone), minute: minuteOfDay(at, timeZone) });
      // Wake on the next minute boundary rather than drift by a whole interval.
      timer = setTimeout(tick, 60_000 - (at.getTime() % 60_000) + 50);
    };
    tick();
    return () => clearTimeout(timer);
  }, [timeZone]);
  return now;
}
