// Stands in for "next-auth" in integration tests: getServerSession returns whoever signInAs() chose, so server
// actions and pages can be called directly, outside a request.
type TestSession = { user: { id: string }; sv: number; sid: string };
const state = globalThis as unknown as { cadenceTestSession?: TestSession | null };

export async function getServerSession(): Promise<TestSession | null> {
  return state.cadenceTestSession ?? null;
}

export default function NextAuth(): never {
  throw new Error("NextAuth route handlers are not available in integration tests.");
}
