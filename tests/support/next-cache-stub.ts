// Stands in for "next/cache" in integration tests: there is no Next.js cache outside a request.
export const revalidated: string[] = [];

export function revalidatePath(path: string): void {
  revalidated.push(path);
}

export function revalidateTag(tag: string): void {
  revalidated.push(`tag:${tag}`);
}
