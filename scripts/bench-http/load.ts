// Part 2 of the HTTP benchmark (scripts/bench-http.ts): simulated staff under autocannon, every response timed by
// kind: pages as GET requests, Auto Schedule then Confirm as the server-action POSTs the browser sends.
import autocannon from "autocannon";
import { ms, pct } from "../bench/stats";
import type { BenchLogin } from "../bench-booking/http-users";
import { weekDate, type ClinicFixture } from "./fixtures";
import { actionResult } from "./servers";

export type Kind = { name: string; weight: number; requests: (url: string) => autocannon.Request[] };
export type Tally = Map<string, { ms: number[]; errors: number; firstError?: string }>;

const out = (s = "") => console.log(s);

/** `staff` connections for `duration` seconds, split over the kinds and the instances; every response timed. */
export async function loadRun(urls: string[], kinds: Kind[], { staff, duration }: { staff: number; duration: number }): Promise<number> {
  const total = kinds.reduce((n, k) => n + k.weight, 0);
  const runs: Promise<autocannon.Result>[] = [];
  kinds.forEach((kind) => {
    const connections = Math.max(1, Math.round((staff * kind.weight) / total));
    urls.forEach((url, i) => {
      const share = Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
      if (share > 0) runs.push(autocannon({ url, connections: share, duration, timeout: 30, requests: kind.requests(url) }));
    });
  });
  const results = await Promise.all(runs);
  return results.reduce((n, r) => n + r.errors + r.timeouts, 0);
}

function record(tally: Tally, kind: string, t0: number, error?: string) {
  const entry = tally.get(kind) ?? { ms: [], errors: 0 };
  tally.set(kind, entry);
  entry.ms.push(performance.now() - t0);
  if (error) {
    entry.errors++;
    entry.firstError ??= error;
  }
}

/** Prints a run's table; returns its requests per second. */
export function printTally(title: string, tally: Tally, socketErrors: number, duration: number): number {
  out(title);
  out("kind                         requests     req/s  errors     p50     p95");
  let all = 0;
  for (const [kind, t] of tally) {
    all += t.ms.length;
    out(`${kind.padEnd(28)}${String(t.ms.length).padStart(9)}${(t.ms.length / duration).toFixed(1).padStart(10)}${String(t.errors).padStart(8)}${ms(pct(t.ms, 50)).padStart(8)}${ms(pct(t.ms, 95)).padStart(8)}`);
    if (t.firstError) out(`    first error: ${t.firstError.slice(0, 160)}`);
  }
  out(`${"all".padEnd(28)}${String(all).padStart(9)}${(all / duration).toFixed(1).padStart(10)}   (socket errors and timeouts: ${socketErrors})`);
  return all / duration;
}

/**
 * What the simulated staff do, weighted: open Today, a week calendar, a patient page and search at their own
 * clinic, and book (Auto Schedule, then Confirm on a fresh purchase); one administrator opens /admin.
 * Every response is recorded in `tally`.
 */
export function loadKinds(c: {
  tally: Tally;
  staff: BenchLogin[];
  cookies: string[];
  adminCookie: string;
  fixtures: Map<string, ClinicFixture>;
  actionIds: { autoSchedule: string; confirmPlan: string };
}): Kind[] {
  const { tally, staff, cookies, adminCookie, fixtures } = c;
  const [autoId, confirmId] = [c.actionIds.autoSchedule, c.actionIds.confirmPlan];
  let nextStaff = 0;
  const who = (ctx: Record<string, unknown>) => (ctx.staff ??= nextStaff++ % staff.length) as number;
  const pageKind = (name: string, weight: number, pathOf: (f: ClinicFixture, i: number) => string): Kind => ({
    name,
    weight,
    requests: () => [
      {
        method: "GET",
        setupRequest: (req, ctx) => {
          const s = who(ctx);
          ctx.t0 = performance.now();
          ctx.n = ((ctx.n as number) ?? 0) + 1;
          return { ...req, path: pathOf(fixtures.get(staff[s].clinicId!)!, ctx.n as number), headers: { cookie: cookies[s] } };
        },
        onResponse: (status, _body, ctx) => record(tally, name, ctx.t0 as number, status === 200 ? undefined : `HTTP ${status}`),
      },
    ],
  });
  const action = (url: string, id: string, body: unknown, cookie: string) => ({
    method: "POST" as const,
    path: "/",
    headers: { cookie, "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: url },
    body: JSON.stringify([body]),
  });
  type Result = { ok: boolean; data?: { sessions?: { serviceId: string; providerId: string; clinicId: string; start: string }[] }; error?: { message: string } };
  const booking: Kind = {
    name: "Auto Schedule + Confirm",
    weight: 4,
    requests: (url) => [
      {
        setupRequest: (req, ctx) => {
          const s = who(ctx);
          const f = fixtures.get(staff[s].clinicId!)!;
          const fresh = f.purchases.pop();
          const purchaseId = fresh ?? (ctx.purchaseId as string | undefined) ?? f.id;
          ctx.fresh = fresh !== undefined;
          ctx.purchaseId = purchaseId;
          ctx.t0 = performance.now();
          return { ...req, ...action(url, autoId, { purchaseId, clinicIds: [f.id], providerIds: f.providers }, cookies[s]) };
        },
        onResponse: (status, body, ctx) => {
          const r = status === 200 ? (actionResult(body) as Result | undefined) : undefined;
          ctx.sessions = r?.ok ? r.data?.sessions : undefined;
          record(tally, "  Auto Schedule (action)", ctx.t0 as number, r?.ok ? undefined : `HTTP ${status} ${r?.error?.message ?? body.slice(0, 120)}`);
        },
      },
      {
        setupRequest: (req, ctx) => {
          const sessions = ctx.sessions as unknown[] | undefined;
          if (!sessions?.length || !ctx.fresh) return null; // nothing to book: start over with Auto Schedule
          ctx.t0 = performance.now();
          const s = ctx.staff as number;
          return { ...req, ...action(url, confirmId, { purchaseId: ctx.purchaseId, idempotencyKey: `benchhttp:${ctx.purchaseId}:${Date.now()}`, sessions }, cookies[s]) };
        },
        onResponse: (status, body, ctx) => {
          const r = status === 200 ? (actionResult(body) as Result | undefined) : undefined;
          record(tally, "  Confirm (action)", ctx.t0 as number, r?.ok ? undefined : `HTTP ${status} ${r?.error?.message ?? body.slice(0, 120)}`);
        },
      },
    ],
  };
  return [
    pageKind("Today", 4, () => "/"),
    pageKind("week calendar", 4, (f) => `/calendar?clinic=${f.id}&view=week&date=${weekDate(f.timeZone)}`),
    pageKind("patient page", 4, (f, n) => `/patients/${f.patients[(n * 7) % f.patients.length]}`),
    pageKind("patient search", 3, (_f, n) => `/patients?q=${["Smith", "Patel", "Anna", "Khan", "Jo"][n % 5]}`),
    booking,
    {
      name: "admin",
      weight: 1,
      requests: () => [
        {
          method: "GET",
          path: "/admin",
          headers: { cookie: adminCookie },
          setupRequest: (req, ctx) => ((ctx.t0 = performance.now()), req),
          onResponse: (status, _b, ctx) => record(tally, "admin", ctx.t0 as number, status === 200 ? undefined : `HTTP ${status}`),
        },
      ],
    },
  ];
}
