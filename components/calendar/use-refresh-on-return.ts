"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

/**
 * Reloads the page's data (router.refresh: the server components again, client state kept) when the user comes
 * back to the tab or window, so a booking made at another desk shows up without a reload. At most once per
 * `minGapMs`: switching windows back and forth does not hammer the server.
 */
export function useRefreshOnReturn(minGapMs = 15_000, paused = false): void {
  const router = useRouter();
  const last = useRef(0);
  useEffect(() => {
    if (last.current === 0) last.current = Date.now();
    const back = () => {
      if (paused || document.visibilityState !== "visible") return;
      if (Date.now() - last.current < minGapMs) return;
      last.current = Date.now();
      router.refresh();
    };
    document.addEventListener("visibilitychange", back);
    window.addEventListener("focus", back);
    return () => {
      document.removeEventListener("visibilitychange", back);
      window.removeEventListener("focus", back);
    };
  }, [router, minGapMs, paused]);
}
