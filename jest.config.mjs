import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

const common = {
  testEnvironment: "node",
  moduleNameMapper: {
    "^server-only$": "<rootDir>/tests/support/empty-module.ts",
    "^@/(.*)$": "<rootDir>/$1",
  },
  setupFilesAfterEnv: ["<rootDir>/tests/support/fail-on-console-error.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/.data/"],
};

// Test tiers are chosen by file name: *.test.ts (unit, pure), *.int.test.ts (a real database),
// tests/e2e/**/*.spec.ts (the started app in Chromium). scripts/test.ts runs them in that order.
const projects = [
  {
    displayName: "unit",
    testMatch: ["<rootDir>/{lib,tests,scripts,app,components}/**/*.test.ts?(x)"],
    testPathIgnorePatterns: [...common.testPathIgnorePatterns, "\\.int\\.test\\.tsx?$"],
  },
  {
    displayName: "integration",
    testMatch: ["<rootDir>/{lib,tests,scripts,app}/**/*.int.test.ts"],
    setupFilesAfterEnv: [
      ...common.setupFilesAfterEnv,
      "<rootDir>/tests/support/integration-setup.ts",
      "<rootDir>/tests/support/session.ts",
    ],
    // The app's session and cache, as seen from a test: signInAs(), no cache. (lib/db is replaced in session.ts:
    // next/jest rewrites "@/" imports to file paths before moduleNameMapper could see them.)
    // (Specific mappings first: jest uses the first pattern that matches.)
    moduleNameMapper: {
      "^next-auth$": "<rootDir>/tests/support/next-auth-stub.ts",
      "^next/cache$": "<rootDir>/tests/support/next-cache-stub.ts",
      ...common.moduleNameMapper,
    },
  },
  {
    displayName: "e2e",
    testMatch: ["<rootDir>/tests/e2e/**/*.spec.ts"],
    setupFilesAfterEnv: [...common.setupFilesAfterEnv, "<rootDir>/tests/support/e2e-setup.ts"],
  },
];

// ESM-only packages that jest must transform; next/jest's own ignore pattern cannot be overridden from outside.
const ESM_PACKAGES = ["@faker-js/faker"];

export default async function config() {
  const resolved = await Promise.all(
    projects.map(async (project) => {
      const c = await createJestConfig({ ...common, ...project })();
      c.transformIgnorePatterns = c.transformIgnorePatterns.map((p, i) =>
        i === 0 ? p.replace("(?!.pnpm)", `(?!.pnpm)(?!${ESM_PACKAGES.map((x) => x + "/").join("|")})`) : p,
      );
      return c;
    }),
  );
  return { projects: resolved };
}
