/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WASM and native sockets at run time; bundling them breaks both.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "@prisma/client"],
  poweredByHeader: false,
};

export default nextConfig;
