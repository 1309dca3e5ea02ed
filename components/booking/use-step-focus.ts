"use client";

import { useEffect, type RefObject } from "react";

/**
 * A multi-step dialog: when `step` changes, focus goes to the new step's `[data-step-focus]` element (its heading
 * or first control), else its first enabled input, as soon as it appears — steps load their data first, so it may come a moment later. Without
 * this, focus stays on a button that has just gone and a keyboard user starts again from the top of the dialog.
 */
export function useStepFocus(area: RefObject<HTMLElement | null>, step: string) {
  useEffect(() => {
    const root = area.current;
    if (!root) return;
    const focusTarget = () => {
      const target =
        root.querySelector<HTMLElement>("[data-step-focus]") ?? root.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled)');
      if (!target) return false;
      target.focus({ preventScroll: false });
      return true;
    };
    if (focusTarget()) return;
    const observer = new MutationObserver(() => focusTarget() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
    // A step that never shows its target (an error instead) must not grab focus much later.
    const stop = setTimeout(() => observer.disconnect(), 15_000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [area, step]);
}
