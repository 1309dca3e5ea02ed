// The offline migration tooling (scripts/db/engine.ts) on a database of its own, not the shared test database.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { createMemoryPglite } from "@/lib/database/pglite";
import { adminQuery, quoteIdent } from "@/scripts/db/admin-sql";
import { deployMigrations, migrationStatus, type MigrationTarget } from "@/scripts/db/engine";
import { testDatabaseKind } from "@/tests/support/test-db";

const kind = testDatabaseKind();
const adminUrl = process.env.TEST_DATABASE_URL?.trim() ?? "";
let target: MigrationTarget;
let pglite: PGlite | undefined;
let dbName: string | undefined;
let tmpDir: string;

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "cadence-migrations-"));
  if (kind === "postgres") {
    dbName = `cadence_test_mig_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(dbName)}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    target = { kind: "postgres", url: url.toString() };
  } else {
    pglite = await createMemoryPglite();
    target = { kind: "pglite", db: pglite };
  }
}, 120_000);

afterAll(async () => {
  await pglite?.close();
  if (dbName) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

const migrationNames = () =>
  fs
    .readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

// One database walks through the states in order: empty → deployed → compared with a changed schema.
describe(`migrations (${kind})`, () => {
  it("reports pending migrations on an empty database", async () => {
    const status = await migrationStatus(target);
    expect(status.clean).toBe(false);
    expect(status.problems).toContainEqual({ kind: "pending", migrations: migrationNames() });
  });

  it("deploys every migration on an empty database, then nothing more", async () => {
    expect(await deployMigrations(target)).toEqual({ applied: migrationNames() });
    expect(await deployMigrations(target)).toEqual({ applied: [] });
  });

  it("is clean after deploy: CHECK, EXCLUDE and partial trigram indexes are not mistaken for drift", async () => {
    const status = await migrationStatus(target);
    expect(status.problems).toEqual([]);
    expect(status.clean).toBe(true);
  });

  it("reports a schema.prisma change that has no migration", async () => {
    const schemaPath = path.join(tmpDir, "schema.prisma");
    const schema = fs.readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
    const changed = schema.replace(/(model Patient \{\n)/, "$1  nickname String?\n");
    expect(changed).not.toBe(schema);
    fs.writeFileSync(schemaPath, changed);

    const status = await migrationStatus(target, { schemaPath });
    expect(status.clean).toBe(false);
    expect(status.problems).toHaveLength(1);
    expect(status.problems[0]).toMatchObject({ kind: "unmigrated-schema-changes" });
    expect(JSON.stringify(status.problems[0])).toContain("patients");
  });

  it("reports a migration edited after it was applied", async () => {
    const copy = path.join(tmpDir, "migrations");
    fs.cpSync(path.join(process.cwd(), "prisma", "migrations"), copy, { recursive: true });
    const last = migrationNames().at(-1)!;
    fs.appendFileSync(path.join(copy, last, "migration.sql"), "\n-- an afterthought\n");
    const status = await migrationStatus(target, { migrationsDir: copy });
    expect(status.problems).toContainEqual({ kind: "edited", migrations: [last] });
  });

  it("reports drift when the live database was changed by hand", async () => {
    const sql = 'ALTER TABLE "patients" ADD COLUMN "hand_made" TEXT';
    if (target.kind === "pglite") await target.db.exec(sql);
    else await adminQuery(target.url, sql);
    const status = await migrationStatus(target);
    expect(status.problems.map((p) => p.kind)).toEqual(["drift"]);
  });
});
