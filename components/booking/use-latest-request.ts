"use client";

import { useCallback, useRef } from "react";

/**
 * Guards against out-of-order answers: when staff change a selection twice quickly, only the answer to the
 * latest request may update the screen. `begin()` returns a check to call before applying a result.
 */
export function useLatestRequest(): () => () => boolean {
  const counter = useRef(0);
  return useCallback(() => {
    const id = ++counter.current;
    return () => id === counter.current;
  }, []);
}
