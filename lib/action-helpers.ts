import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize, type CurrentUser } from "@/lib/session";
import { zId } from "@/lib/validations/common";

/** The pages to revalidate once the service has written: fixed paths, or paths that name what was saved. */
type Refresh<T, R> = string | string[] | ((result: R, input: T) => string | string[]);

/**
 * The steps every form action shares: check the session and role before even reading the input, parse the input
 * (a server action is a public endpoint, so its parameter types only guide callers: anything can arrive), call one
 * service, revalidate the pages that show what changed, and hand back a typed result.
 */
export async function authorizedAction<T, R>(
  role: "STAFF" | "ADMIN",
  parse: () => T,
  run: (user: CurrentUser, input: T) => Promise<R>,
  refresh: Refresh<T, R> = [],
): Promise<ActionResult<R>> {
  return runAction(async () => {
    const user = await authorize(role);
    const input = parse();
    const result = await run(user, input);
    for (const path of [typeof refresh === "function" ? refresh(result, input) : refresh].flat()) revalidatePath(path);
    return result;
  });
}

/** For an action on one record, `(id, input)`: both parsed, the id first, as `{ id, data }`. */
export function recordInput<S extends z.ZodType>(id: unknown, schema: S, input: unknown): () => { id: string; data: z.output<S> } {
  return () => ({ id: zId.parse(id), data: schema.parse(input) });
}
