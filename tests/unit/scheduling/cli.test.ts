import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildRequest } from "./build-request";

// The command line as a receptionist's tooling would use it: JSON in, JSON out, exit 2 on a bad request.
const root = path.resolve(__dirname, "../../..");
const run = (stdin: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/plan.ts"], { cwd: root, input: stdin, encoding: "utf8", timeout: 60_000 });

describe("scripts/plan.ts", () => {
  it("prints the plan for a valid request", () => {
    const out = run(JSON.stringify(buildRequest()));
    expect(out.status).toBe(0);
    const plan = JSON.parse(out.stdout);
    expect(plan.sessions).toHaveLength(3);
    expect(plan.unplaced).toEqual([]);
  }, 60_000);

  it("rejects malformed JSON and schema errors with one line and exit 2", () => {
    const bad = run("{not json");
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).error).toMatch(/not valid JSON/);
    const unknown = run(JSON.stringify(buildRequest({ clinicIds: ["c9"] })));
    expect(unknown.status).toBe(2);
    expect(unknown.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(unknown.stdout)).toEqual({ error: 'clinicIds[0]: unknown clinic "c9"' });
  }, 60_000);
});
