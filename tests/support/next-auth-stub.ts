// Stands in for "next-auth" in integration tests: getServerSession returns whoever signInAs() chose, so server
// actions and pages can be called directly, outside a request.
const state = globalThis as unknown as { cadenceTestSession?: { user: { id: string } } | null };

export async function getServerSession(): Promise<{ user: { id: string } } | null> {
  return state.cadenceTestSession ?? null;
}

export default function NextAuth(): never {
  throw new Error("NextAuth route handlers are not available in integration tests.");
}
