// Runs once when the Next.js server starts (before it serves requests).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { guardForwardedHeaders } = await import("@/lib/net/forwarded-headers");
    guardForwardedHeaders();
  }
}
