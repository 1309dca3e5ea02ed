import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";

const EIGHT_HOURS = 8 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: EIGHT_HOURS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          try {
            return await verifyCredentials(prisma, credentials, new Date());
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
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}
