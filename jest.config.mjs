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
    setupFilesAfterEnv: [...common.setupFilesAfterEnv, "<rootDir>/tests/support/integration-setup.ts"],
    testTimeout: 60_000,
    maxWorkers: 1,
  },
  {
    displayName: "e2e",
    testMatch: ["<rootDir>/tests/e2e/**/*.spec.ts"],
    testTimeout: 120_000,
    maxWorkers: 1,
  },
];

export default async function config() {
  const resolved = await Promise.all(
    projects.map((project) => createJestConfig({ ...common, ...project })()),
  );
  return { projects: resolved };
}
