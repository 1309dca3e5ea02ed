// Sessions are signed with a secret; tests have their own.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789";

// The app's `prisma` is the test file's database (see app-db.ts and use-app-database.ts).
jest.mock("@/lib/db", () => jest.requireActual("./app-db"));

/** Chooses who the app believes is signed in for the rest of the test (null: nobody). */
export function signInAs(user: { id: string } | null): void {
  (globalThis as unknown as { cadenceTestSession?: { user: { id: string } } | null }).cadenceTestSession = user
    ? { user: { id: user.id } }
    : null;
}

beforeEach(() => signInAs(null));
