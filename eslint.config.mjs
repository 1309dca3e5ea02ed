import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The import fences (docs/architecture.md). In flat config a later block's `no-restricted-imports` REPLACES an
// earlier one's for the files both match, so every block lists every fence that applies to its files.
const SHIM_FENCE = {
  group: ["**/db/wasm", "**/db/adapters", "@prisma/schema-engine-wasm"],
  message: "Use scripts/db/engine.ts: the migration shim's only interface.",
};
const DB_FENCE = {
  group: ["@/lib/db", "**/lib/db", "../db", "../../db", "@/lib/database/process-client", "**/database/process-client"],
  message: "Only entry points (pages, route handlers, actions, jobs, scripts) reach the client: take `db: Db` (lib/database/client) as the first argument.",
};
const SERVICES_FENCE = {
  group: ["@/lib/services/*", "**/lib/services/*", "../services/*", "../../services/*"],
  message: "Only actions, jobs and other services call services; a rule both sides need lives in a domain folder (docs/architecture.md).",
};
const QUERIES_FENCE = {
  group: ["@/lib/queries/*", "**/lib/queries/*", "../queries/*", "../../queries/*"],
  message: "Domain folders hold pure rules and types: they read nothing (docs/architecture.md).",
};
const DATABASE_FENCE = {
  group: ["@/lib/database/*", "**/lib/database/*"],
  message: "Domain folders hold pure rules and types: they reach no database (docs/architecture.md).",
};

/** Pure rules and shared types: no database, no services, no queries. */
const DOMAIN_FOLDERS = ["access", "appointments", "booking", "calendar", "ics", "lists", "net", "packages", "patients", "providers", "security", "time", "validations"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "test-results/**", "next-env.d.ts"],
  },
  {
    // useTestDatabase()/useAppDatabase() register jest hooks; they are not React hooks.
    files: ["tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The migration shim (Prisma's WASM schema engine, driven by hand) stays behind scripts/db/engine.ts.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["scripts/db/engine.ts", "scripts/db/adapters.ts", "scripts/db/wasm.ts", "scripts/db/migrations-dir.ts", "scripts/db/shim.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [SHIM_FENCE] }] },
  },
  {
    // The pure scheduling core must not reach for the clock, the environment, the framework or the database.
    files: ["lib/scheduling/**/*.ts"],
    ignores: ["lib/scheduling/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react/*", "@prisma/*", "@/lib/generated/*"], message: "lib/scheduling is pure: no framework, no Prisma." },
            SHIM_FENCE,
            DB_FENCE,
            SERVICES_FENCE,
            QUERIES_FENCE,
            DATABASE_FENCE,
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "lib/scheduling is pure: pass configuration in." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/scheduling is pure: `now` is an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/scheduling is pure: `now` is an argument." },
      ],
    },
  },
  {
    // Services write; they may read through lib/queries, and receive the client as their first argument.
    files: ["lib/services/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [SHIM_FENCE, DB_FENCE] }] },
  },
  {
    // Queries (and the report view loaders on top of them) read: never a service, and the client is an argument.
    files: ["lib/queries/**/*.ts", "lib/reports/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [SHIM_FENCE, SERVICES_FENCE, DB_FENCE] }] },
  },
  {
    // Domain folders: the rules and types services, queries and components share. They read nothing.
    // Pure modules: the domain folders and the root helpers client components import too (format, errors, utils…).
    files: [...DOMAIN_FOLDERS.map((d) => `lib/${d}/**/*.ts`), "lib/cache/**/*.ts", "lib/format.ts", "lib/errors.ts", "lib/utils.ts", "lib/action-result.ts", "lib/validation-errors.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [SHIM_FENCE, DB_FENCE, SERVICES_FENCE, QUERIES_FENCE, DATABASE_FENCE] }] },
  },
  {
    // Components render what pages and actions give them: they never reach for services, queries or the database.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            SHIM_FENCE,
            {
              group: ["@/lib/services/*", "@/lib/queries/*", "@/lib/db", "@/lib/database/*", "**/lib/services/*", "**/lib/queries/*", "**/lib/database/*"],
              message: "Components get data from page props or server actions; shared types and pure rules live outside lib/services and lib/queries.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
