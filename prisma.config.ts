// The Prisma CLI looks for a native schema-engine binary at start-up and tries to download it; this machine has
// no route to that download. `generate`, `validate` and `format` never use the engine, so any existing path will
// do. Migrations run through the WASM engine in scripts/db.ts instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";

import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
