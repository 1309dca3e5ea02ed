// `npm run --silent plan < request.json`: validate a PlanRequest from stdin and print the PlanResult.
// A request that is not JSON or breaks the schema prints one line {"error": "..."} and exits 2.
import { parsePlanRequest, planCourse } from "../lib/scheduling";

function fail(error: string): never {
  process.stdout.write(JSON.stringify({ error }) + "\n");
  process.exit(2);
}

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (e) {
    fail(`request: not valid JSON (${(e as Error).message})`);
  }
  const parsed = parsePlanRequest(json);
  if (!parsed.ok) fail(parsed.error);
  process.stdout.write(JSON.stringify(planCourse(parsed.request), null, 2) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
