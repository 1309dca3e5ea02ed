import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation-errors";

/** A case of `refusesEach`: its name, the change to the valid input, the field that is refused and the message. */
export type Refusal<T> = [name: string, change: Partial<T>, field: string, message: string];

/** The field errors of `valid` with `change` applied; fails when the schema accepts it. */
export function refusalOf<T extends object>(schema: z.ZodType, valid: T, change: Partial<T>): Record<string, string> {
  const result = schema.safeParse({ ...valid, ...change });
  if (result.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(result.error);
}

/** One test per case ("refuses …"): the schema refuses `valid` with the case's change, on its field, with its message. */
export function refusesEach<T extends object>(schema: z.ZodType, valid: T, cases: Refusal<T>[]): void {
  test.each(cases)("refuses %s", (_case, change, field, message) => {
    expect(refusalOf(schema, valid, change)[field]).toBe(message);
  });
}

/** `(input) => issues`: every issue's message by its path (none when the schema accepts `valid` with `input` applied). */
export function issuesOf(schema: z.ZodType, valid: object) {
  return (input: Record<string, unknown>): Record<string, string> =>
    Object.fromEntries((schema.safeParse({ ...valid, ...input }).error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}
