import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

// Options are built per request so that a missing secret fails the request with a clear log line, not the build.
function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
