// What the HTTP benchmark's simulated staff open and book: per clinic, its patients, a week to show, the
// physiotherapists to plan with, and a pool of 20-session purchases (ids "bhttp_…", kept between runs).
import { BENCH_ADMIN_ID, BENCH_TEMPLATE, serviceId, templateId, TEMPLATES } from "../bench-booking/catalogue";
import { withPgClient } from "../db/admin-sql";

export type ClinicFixture = { id: string; timeZone: string; patients: string[]; providers: string[]; purchases: string[] };

export async function clinicFixtures(url: string, clinicIds: string[], purchasesPerClinic: number): Promise<Map<string, ClinicFixture>> {
  const tpl = TEMPLATES.find((t) => t.key === BENCH_TEMPLATE)!;
  const physio = [serviceId("assessment"), serviceId("physio")];
  return withPgClient(url, async (c) => {
    const out = new Map<string, ClinicFixture>();
    for (const id of clinicIds) {
      const timeZone = (await c.query(`SELECT time_zone FROM clinics WHERE id = $1`, [id])).rows[0].time_zone as string;
      const patients = (await c.query(`SELECT id FROM patients WHERE preferred_clinic_id = $1 AND active ORDER BY id LIMIT 400`, [id])).rows.map((r) => r.id as string);
      const providers = (await c.query(
        `SELECT DISTINCT p.id FROM providers p JOIN provider_services ps ON ps.provider_id = p.id AND ps.service_id = ANY($2)
         JOIN provider_availability pa ON pa.provider_id = p.id AND pa.clinic_id = $1 WHERE p.active ORDER BY p.id LIMIT 5`,
        [id, physio],
      )).rows.map((r) => r.id as string);
      // Purchases for patients of this clinic, made once and kept (assigning is not what is measured): after each run
      // removeHttpBenchWrites deletes what was booked on them and resets their ledgers. (Deleting purchase items is
      // slow at this scale: each one's ON DELETE SET NULL scans the appointments.)
      const made = await c.query(
        `WITH p AS (SELECT id FROM patients WHERE preferred_clinic_id = $1 AND active ORDER BY id DESC LIMIT $2)
         INSERT INTO package_purchases (id, patient_id, package_id, package_name, purchased_at, expires_at, price_paid_minor, status,
                                        min_days_between, max_per_week, assigned_by_id, idempotency_key, updated_at)
         SELECT 'bhttp_' || p.id, p.id, $3, $4, now(), now() + make_interval(days => $5), $6, 'ACTIVE', $7, $8, $9, 'benchhttp:' || p.id, now()
         FROM p ON CONFLICT (id) DO UPDATE SET status = 'ACTIVE', expires_at = now() + make_interval(days => $5) RETURNING id`,
        [id, purchasesPerClinic, templateId(tpl.key), tpl.name, tpl.validityDays, tpl.priceMinor, tpl.minDaysBetween, tpl.maxPerWeek, BENCH_ADMIN_ID],
      );
      const purchases = made.rows.map((r) => r.id as string);
      for (const [key, sessions] of tpl.items) {
        await c.query(
          `INSERT INTO purchase_items (id, purchase_id, service_id, sessions_total) SELECT x || '_' || $2, x, $3, $4 FROM unnest($1::text[]) x ON CONFLICT (id) DO NOTHING`,
          [purchases, key, serviceId(key), sessions],
        );
      }
      out.set(id, { id, timeZone, patients, providers, purchases });
    }
    return out;
  });
}

/** The clinic with the most appointments in the week around now (the busiest calendar). */
export async function busiestClinic(url: string): Promise<string> {
  return withPgClient(url, async (c) =>
    (await c.query(`SELECT clinic_id FROM appointments WHERE starts_at BETWEEN now() - interval '3 days' AND now() + interval '4 days'
                    GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].clinic_id as string);
}

/** A last name many patients share, for the search page. */
export async function commonLastName(url: string): Promise<string> {
  return withPgClient(url, async (c) => (await c.query(`SELECT last_name FROM patients GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].last_name as string);
}

/** The current week's Monday in a zone, as the calendar's ?date= wants it. */
export function weekDate(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
