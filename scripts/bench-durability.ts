// `npx tsx scripts/bench-durability.ts [runs]`: what forcing commits to disk costs on the embedded database.
// Two fresh embedded databases in temporary folders (demo data), one durable (the app's mode: each commit fsync'ed)
// and one as PGlite ships (no fsync); in each, `runs` times: assign a package, Auto Schedule it, and time Confirm
// (one transaction writing the batch, appointments, ledger and audit rows) and a single-row commit. Not a test.
import fs from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { closePrismaClient, createPrismaClient } from "../lib/database/client";
import { openPglite } from "../lib/database/pglite";
import { assignPackage } from "../lib/services/booking/assign-package";
import { autoSchedule } from "../lib/services/booking/auto-schedule";
import { confirmPlan } from "../lib/services/booking/confirm-plan";
import type { CurrentUser } from "../lib/session-types";
import { seedDatabase } from "../prisma/seed";
import { deployMigrations } from "./db/engine";
import { pct } from "./bench/stats";

const RUNS = Number(process.argv[2] ?? 20);

// Counts the fsync(2) calls the embedded database makes (its file system calls fs.fsyncSync).
let fsyncs = 0;
const realFsync = fs.fsyncSync;
fs.fsyncSync = (fd: number) => {
  fsyncs++;
  realFsync(fd);
};

async function measure(durable: boolean) {
  const dir = fs.mkdtempSync(path.join(tmpdir(), "cadence-durability-"));
  const opened = await openPglite(dir, "bench-durability", { durable });
  const prisma = createPrismaClient({ pglite: opened.db });
  try {
    await deployMigrations({ kind: "pglite", db: opened.db });
    await seedDatabase(prisma);
    const admin = await prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const clinics = await prisma.clinic.findMany({ select: { id: true }, orderBy: { name: "asc" } });
    const actor: CurrentUser = { id: admin.id, name: admin.name, email: admin.email, role: "ADMIN", clinicIds: clinics.map((c) => c.id) };
    // The longest active package, and the clinic with the most providers qualified for all its services.
    const pkg = (await prisma.package.findMany({ where: { active: true }, include: { items: true } })).sort(
      (a, b) => b.items.reduce((n, i) => n + i.sessions, 0) - a.items.reduce((n, i) => n + i.sessions, 0),
    )[0];
    const services = pkg.items.map((i) => i.serviceId);
    const providers = await prisma.provider.findMany({
      where: { active: true, AND: services.map((serviceId) => ({ services: { some: { serviceId } } })) },
      select: { id: true, clinics: { select: { clinicId: true } } },
    });
    const byClinic = new Map<string, string[]>();
    for (const p of providers) for (const c of p.clinics) byClinic.set(c.clinicId, [...(byClinic.get(c.clinicId) ?? []), p.id]);
    const [clinicId, providerIds] = [...byClinic].sort((a, b) => b[1].length - a[1].length)[0];
    const patients = await prisma.patient.findMany({ where: { active: true }, select: { id: true }, take: RUNS * 3, orderBy: { id: "asc" } });

    const confirm: number[] = [];
    const small: number[] = [];
    const syncs: number[] = [];
    let booked = 0;
    for (let p = 0; confirm.length < RUNS && p < patients.length; p++) {
      const now = new Date();
      try {
        const { purchaseId } = await assignPackage(prisma, actor, { patientId: patients[p].id, packageId: pkg.id, idempotencyKey: `durability-${p}` }, now);
        const preview = await autoSchedule(prisma, actor, { purchaseId, clinicIds: [clinicId], providerIds: providerIds.slice(0, 5) }, now);
        if (preview.sessions.length === 0) continue;
        const sessions = preview.sessions.map((s) => ({ serviceId: s.serviceId, providerId: s.providerId, clinicId: s.clinicId, start: s.start }));
        const f0 = fsyncs;
        const t0 = performance.now();
        const batch = await confirmPlan(prisma, actor, { purchaseId, idempotencyKey: `durability-batch-${p}`, sessions }, now);
        confirm.push(performance.now() - t0);
        syncs.push(fsyncs - f0);
        booked += batch.appointmentCount;
        const t1 = performance.now();
        await opened.db.query("UPDATE users SET updated_at = now() WHERE id = $1", [admin.id]);
        small.push(performance.now() - t1);
      } catch {
        // a patient who cannot take this package (e.g. already has one): try the next
      }
    }
    return { confirm, small, booked, syncs };
  } finally {
    await closePrismaClient(prisma);
    await opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(`Embedded database commit cost — node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}, ${RUNS} runs each, folder in ${tmpdir()}`);
  console.log("mode                         Confirm p50   p95   | one-row commit p50   p95   | fsyncs per Confirm | sessions booked");
  for (const durable of [true, false]) {
    const r = await measure(durable);
    const f = (x: number) => x.toFixed(1).padStart(7);
    console.log(`${(durable ? "durable (fsync per commit)" : "PGlite default (no fsync)").padEnd(29)}${f(pct(r.confirm, 50))}${f(pct(r.confirm, 95))}   |${f(pct(r.small, 50))}${f(pct(r.small, 95))}                | ${(r.syncs.reduce((a, b) => a + b, 0) / r.syncs.length).toFixed(1).padStart(18)} | ${r.booked} in ${r.confirm.length} confirms`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
