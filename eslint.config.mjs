import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // The pure scheduling core must not reach for the clock, the environment or the framework.
    files: ["lib/scheduling/**/*.ts"],
    ignores: ["lib/scheduling/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "react/*", "@prisma/*", "@/lib/generated/*", "@/lib/db"] }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "lib/scheduling is pure: pass configuration in." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/scheduling is pure: `now` is an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/scheduling is pure: `now` is an argument." },
      ],
    },
  },
  {
    // The migration shim (Prisma's WASM schema engine, driven by hand) stays behind scripts/db/engine.ts.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["scripts/db/engine.ts", "scripts/db/adapters.ts", "scripts/db/wasm.ts", "scripts/db/migrations-dir.ts", "scripts/db/shim.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/db/wasm", "**/db/adapters", "@prisma/schema-engine-wasm"], message: "Use scripts/db/engine.ts: the migration shim's only interface." }] },
      ],
    },
  },
  {
    // Components render what pages and actions give them: they never reach for services, queries or the database.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // (A later block replaces an earlier one's rule, so the migration shim's fence is repeated here.)
            { group: ["**/db/wasm", "**/db/adapters", "@prisma/schema-engine-wasm"], message: "Use scripts/db/engine.ts: the migration shim's only interface." },
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
