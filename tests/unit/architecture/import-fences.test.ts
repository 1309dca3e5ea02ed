// The layers of docs/architecture.md hold only as long as ESLint refuses each crossing. A flat-config block's
// `no-restricted-imports` replaces an earlier block's for the files both match, so a reordering could silently drop
// a fence: this lints one import per (file, target) pair through the project's own config and checks each verdict.
import { execFileSync } from "node:child_process";

type Case = { file: string; imports: string; refused: boolean };

const cases: Case[] = [
  // Components reach none of services, queries, the client or the database module.
  { file: "components/booking/fence.tsx", imports: "@/lib/services/audit", refused: true },
  { file: "components/booking/fence.tsx", imports: "@/lib/queries/booking/package-options", refused: true },
  { file: "components/booking/fence.tsx", imports: "@/lib/db", refused: true },
  { file: "components/booking/fence.tsx", imports: "@/lib/database/client", refused: true },
  { file: "components/booking/fence.tsx", imports: "@/lib/booking/display", refused: false },
  // Queries never call services and never import the client.
  { file: "lib/queries/fence.ts", imports: "@/lib/services/audit", refused: true },
  { file: "lib/queries/booking/fence.ts", imports: "@/lib/services/booking/confirm-plan", refused: true },
  { file: "lib/queries/fence.ts", imports: "@/lib/db", refused: true },
  { file: "lib/queries/fence.ts", imports: "@/lib/database/process-client", refused: true },
  { file: "lib/queries/fence.ts", imports: "@/lib/database/client", refused: false },
  { file: "lib/queries/fence.ts", imports: "@/lib/queries/clinic-scope", refused: false },
  { file: "lib/reports/fence.ts", imports: "@/lib/db", refused: true },
  { file: "lib/queries/admin/fence.ts", imports: "@/lib/services/auth/throttle", refused: true },
  // Services may read through queries, but take the client as an argument.
  { file: "lib/services/fence.ts", imports: "@/lib/queries/booking/course", refused: false },
  { file: "lib/services/fence.ts", imports: "@/lib/db", refused: true },
  // Domain folders are pure.
  { file: "lib/booking/fence.ts", imports: "@/lib/queries/booking/course", refused: true },
  { file: "lib/appointments/fence.ts", imports: "@/lib/services/audit", refused: true },
  { file: "lib/patients/fence.ts", imports: "@/lib/db", refused: true },
  { file: "lib/packages/fence.ts", imports: "@/lib/database/client", refused: true },
  { file: "lib/booking/fence.ts", imports: "@/lib/packages/ledger", refused: false },
  { file: "lib/format.ts", imports: "@/lib/db", refused: true },
  { file: "lib/cache/fence.ts", imports: "@/lib/services/audit", refused: true },
  // The planner stays pure (this fence was once overridden by the migration-shim block below it).
  { file: "lib/scheduling/fence.ts", imports: "@/lib/db", refused: true },
  { file: "lib/scheduling/fence.ts", imports: "next/server", refused: true },
  // The migration shim's fence still applies everywhere.
  { file: "lib/queries/fence.ts", imports: "../../scripts/db/wasm", refused: true },
  { file: "components/booking/fence.tsx", imports: "../../scripts/db/adapters", refused: true },
  { file: "lib/services/fence.ts", imports: "@prisma/schema-engine-wasm", refused: true },
];

// ESLint loads eslint.config.mjs (and eslint-config-next) as native ES modules: run it in a plain Node process.
const LINT = `
const { ESLint } = await import("eslint");
const eslint = new ESLint({ cwd: process.cwd() });
const verdicts = [];
for (const c of JSON.parse(process.argv[1])) {
  const [result] = await eslint.lintText('import fence from "' + c.imports + '";\\nexport default fence;\\n', { filePath: c.file });
  verdicts.push(result.messages.some((m) => m.ruleId === "no-restricted-imports"));
}
process.stdout.write(JSON.stringify(verdicts));
`;

test("ESLint refuses every import that crosses a layer, and only those", () => {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(cases)], {
    cwd: process.cwd(),
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const verdicts = JSON.parse(out) as boolean[];
  expect(cases.map((c, i) => ({ ...c, refused: verdicts[i] }))).toEqual(cases);
}, 180_000);
