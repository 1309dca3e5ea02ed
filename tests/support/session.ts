// Sessions are signed with a secret; tests have their own.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789";

// The app's `prisma` is the test file's database (see app-db.ts and use-app-database.ts).
jest.mock("@/lib/db", () => jest.requireActual("./app-db"));

type TestSession = { user: { id: string }; sv: number; sid: string };

/**
 * Chooses who the app believes is signed in for the rest of the test (null: nobody): a session token as
 * next-auth would decode it, carrying the user's session version at sign-in (default 0) and a session id.
 */
export function signInAs(user: { id: string; sessionVersion?: number } | null, sid = "test-session"): void {
  (globalThis as unknown as { cadenceTestSession?: TestSession | null }).cadenceTestSession = user
    ? { user: { id: user.id }, sv: user.sessionVersion ?? 0, sid }
    : null;
}

beforeEach(() => signInAs(null));
