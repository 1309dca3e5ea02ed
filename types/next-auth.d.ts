import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
    /** The user's session version when this session signed in (lib/session.ts compares it). */
    sv?: number;
    /** This session's own id, revoked on sign-out. */
    sid?: string;
  }
  interface User {
    role?: "ADMIN" | "STAFF";
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}
