/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WASM and native sockets at run time; bundling them breaks both.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "@prisma/client", "graphile-worker", "nodemailer"],
  poweredByHeader: false,
  experimental: {
    // forbidden() gives staff who open an admin page a real 403 page (app/forbidden.tsx) instead of a misleading 404;
    // lib/session.ts `authorize("ADMIN")` calls it. Next ships forbidden() only behind this flag (still experimental in
    // Next 16); it is a documented, stable-shaped API, and without it forbidden() throws at runtime. If the flag goes,
    // authorize must fall back to notFound().
    authInterrupts: true,
    // The largest form (a provider with 50 clinics' hours and 500 time-off periods) is well under 1 MB. proxy.ts
    // refuses bigger bodies first with a 413 and a sentence (lib/validations/limits.ts, LIMITS.bodyBytes); this
    // is Next's own limit behind it, for bodies proxy.ts lets through unread (multipart).
    serverActions: { bodySizeLimit: "1mb" },
  },
};

export default nextConfig;
