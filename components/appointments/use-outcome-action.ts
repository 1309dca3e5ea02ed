"use client";

import { useState } from "react";
import type { ActionError, ActionResult } from "@/lib/action-result";

const UNREACHABLE: ActionError = { code: "INTERNAL", message: "Cadence could not be reached. Nothing was changed; please try again." };

/**
 * Runs one server action at a time for a dialog or a row of buttons: tracks which one is pending, keeps the typed
 * error to show, and turns a failed request (network, server down) into a sentence instead of a thrown error.
 */
export function useOutcomeAction<K extends string>() {
  const [pending, setPending] = useState<K | null>(null);
  const [error, setError] = useState<ActionError | null>(null);

  /** The action's result (null when another one is still running); a failure is also kept in `error`. */
  async function run<T>(key: K, call: () => Promise<ActionResult<T>>): Promise<ActionResult<T> | null> {
    if (pending) return null;
    setPending(key);
    setError(null);
    let result: ActionResult<T>;
    try {
      result = await call();
    } catch {
      result = { ok: false, error: UNREACHABLE };
    }
    setPending(null);
    if (!result.ok) setError(result.error);
    return result;
  }

  return { pending, error, setError, run };
}
