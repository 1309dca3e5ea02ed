// The HTTP benchmark's users and writes on the bench database (npm run bench:http).
import { withPgClient } from "../db/admin-sql";
import { CLINICS } from "./catalogue";

/**
 * Undoes what the HTTP benchmark booked: the appointments and batches on its purchases (ids "bhttp_…", kept for the
 * next run with their ledgers reset) and its users' audit rows.
 */
export async function removeHttpBenchWrites(url: string): Promise<number> {
  return withPgClient(url, async (c) => {
    const mine = `SELECT id FROM package_purchases WHERE id LIKE 'bhttp\\_%'`;
    await c.query("BEGIN");
    await c.query(`DELETE FROM audit_log WHERE actor_id LIKE 'bench\\_http\\_%'`);
    const a = await c.query(`DELETE FROM appointments WHERE purchase_id IN (${mine})`);
    await c.query(`DELETE FROM booking_batches WHERE purchase_id IN (${mine})`);
    await c.query(`UPDATE purchase_items SET booked = 0, completed = 0, forfeited = 0 WHERE purchase_id IN (${mine})`);
    await c.query("COMMIT");
    return a.rowCount ?? 0;
  });
}

/** Sign-ins for the HTTP benchmark (npm run bench:http): staff of one clinic each, and an administrator. */
export const BENCH_HTTP_PASSWORD = "bench-http-password";
export const BENCH_HTTP_MAX_STAFF = 50;
export type BenchLogin = { id: string; email: string; clinicId: string | null };

/**
 * Adds the HTTP benchmark's users to the bench database when missing (idempotent; the generated data is untouched):
 * staff member i belongs to clinic i, and one administrator. Returns them with the password BENCH_HTTP_PASSWORD.
 */
export async function ensureBenchHttpUsers(url: string): Promise<{ staff: BenchLogin[]; admin: BenchLogin }> {
  const staff: BenchLogin[] = Array.from({ length: BENCH_HTTP_MAX_STAFF }, (_, i) => ({
    id: `bench_http_staff_${i}`,
    email: `bench-http-staff-${i}@example.com`,
    clinicId: `bcln_${String(i % CLINICS).padStart(2, "0")}`,
  }));
  const admin: BenchLogin = { id: "bench_http_admin", email: "bench-http-admin@example.com", clinicId: null };
  await withPgClient(url, async (c) => {
    const present = await c.query(`SELECT count(*)::int AS n FROM users WHERE id = ANY($1)`, [[admin.id, ...staff.map((s) => s.id)]]);
    if (present.rows[0].n === staff.length + 1) return;
    const { default: bcrypt } = await import("bcryptjs");
    const hash = await bcrypt.hash(BENCH_HTTP_PASSWORD, 10);
    await c.query("BEGIN");
    for (const u of [admin, ...staff]) {
      await c.query(
        `INSERT INTO users (id, email, name, password_hash, role, active, updated_at) VALUES ($1, $2, $3, $4, $5, true, now())
         ON CONFLICT (id) DO NOTHING`,
        [u.id, u.email, u.id === admin.id ? "HTTP Bench Admin" : `HTTP Bench Staff ${u.id.split("_").pop()}`, hash, u.clinicId ? "STAFF" : "ADMIN"],
      );
      if (u.clinicId) await c.query(`INSERT INTO clinic_memberships (user_id, clinic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [u.id, u.clinicId]);
    }
    await c.query("COMMIT");
  });
  return { staff, admin };
}
