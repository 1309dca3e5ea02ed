"use client";

import { useEffect, useRef, useState } from "react";
import type { CalendarBlock } from "@/lib/calendar/model";
import type { CardHandlers } from "./appointment-block";
import { CARD_ID } from "./appointment-card";

type Shown = { block: CalendarBlock; anchor: HTMLElement };

/**
 * Which block the hover card describes. Pointing waits a moment (passing over the grid does not flash cards),
 * keyboard focus shows it at once; leaving gives the pointer time to reach the card. `paused` (dragging, a dialog
 * open, focus handed back by a closing dialog) shows none.
 */
export function useHoverCard(paused: boolean) {
  const [shown, setShown] = useState<Shown | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pausedRef = useRef(paused);
  useEffect(() => {
    pausedRef.current = paused;
    if (paused) clearTimeout(timer.current);
  }, [paused]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const later = (delayMs: number, next: () => void) => {
    clearTimeout(timer.current);
    if (delayMs === 0) next();
    else timer.current = setTimeout(next, delayMs);
  };
  const handlers: CardHandlers = {
    show: (block, anchor, delayMs) => {
      if (pausedRef.current) return;
      later(delayMs, () => !pausedRef.current && setShown({ block, anchor }));
    },
    hide: (delayMs) => later(delayMs, () => setShown(null)),
    describedBy: (block) => (shown?.block.id === block.id ? CARD_ID : undefined),
  };
  return {
    shown: paused ? null : shown,
    handlers,
    /** The pointer reached the card: keep it. */
    keep: () => clearTimeout(timer.current),
    close: () => later(0, () => setShown(null)),
    /** Runs `fn` (focus handed back by a closing dialog) without showing a card for it. */
    quietly: (fn: () => void) => {
      pausedRef.current = true;
      try {
        fn();
      } finally {
        pausedRef.current = paused;
      }
    },
  };
}
