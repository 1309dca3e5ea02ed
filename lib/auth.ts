import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { clientAddress } from "@/lib/net/client-address";
import { sameOriginRedirect } from "@/lib/net/safe-callback";
import { revokeSession } from "@/lib/services/auth/sessions";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            return await verifyCredentials(prisma, credentials, new Date(), clientAddress(req?.headers));
          } catch (e) {
            // next-auth passes an Error's message to the login form; only our own sentences may reach it.
            if (isAppError(e)) throw new Error(e.userMessage);
            logError("sign-in failed", e);
            throw new Error("Signing in is not possible right now. Please try again in a moment.");
          }
        },
      }),
    ],
    callbacks: {
      // Each token names its user, the user's session version at sign-in, and its own id: lib/session.ts refuses
      // it once the version moved on (sign out everywhere, password change/reset) or the id was revoked (sign out).
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
          token.sid = randomUUID();
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        session.sv = token.sv;
        session.sid = token.sid;
        return session;
      },
      redirect: sameOriginRedirect,
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid !== "string") return;
        const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
        await revokeSession(prisma, token.sid, expiresAt, new Date());
      },
    },
  };
}
