/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WASM and native sockets at run time; bundling them breaks both.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "@prisma/client", "graphile-worker", "nodemailer"],
  poweredByHeader: false,
  // forbidden() gives staff who open an admin page a real 403 page instead of a misleading 404.
  experimental: { authInterrupts: true },
};

export default nextConfig;
