import type { FieldErrors, FieldValues } from "react-hook-form";

const ERROR_KEYS = new Set(["message", "type", "types", "ref", "root"]);

/**
 * react-hook-form's nested errors as the flat "dotted path → first message" map the admin forms render (the same
 * keys the server's fieldErrorsOf gives). A list's own error (`hours.root`, e.g. overlapping intervals) is keyed by
 * the list: "hours".
 */
export function flatFieldErrors<T extends FieldValues>(errors: FieldErrors<T>): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const message = record.message ?? (record.root as { message?: unknown } | undefined)?.message;
    if (typeof message === "string" && message && path) out[path] ??= message;
    for (const [key, child] of Object.entries(record)) if (!ERROR_KEYS.has(key)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(errors, "");
  return out;
}
