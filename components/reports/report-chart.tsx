"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; label: string; colour: string };
export type ChartRow = { label: string } & Record<string, number | string>;

/**
 * A bar chart in the shadcn chart style (theme colours, light grid, no vertical lines) with the same figures as a
 * table for screen readers: the drawing is hidden from assistive technology, the table is not.
 */
export function ReportChart({
  title,
  rows,
  series,
  currency,
  stacked = false,
}: {
  title: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  /** Values are minor units of this currency; without it, plain counts. (A server page cannot pass a function.) */
  currency?: string;
  stacked?: boolean;
}) {
  const format = (v: number) =>
    currency ? new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(v / 100) : v.toLocaleString("en-GB");
  return (
    <figure className="rounded-lg border bg-card p-4" data-testid="report-chart">
      <figcaption className="mb-2 text-sm font-medium">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No data for these filters.</p>
      ) : (
        <div aria-hidden="true" className="h-64 w-full text-xs">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} stroke="var(--muted-foreground)" />
              <YAxis tickLine={false} axisLine={false} width={72} tickFormatter={(v: number) => format(v)} stroke="var(--muted-foreground)" />
              <Tooltip
                cursor={{ fill: "var(--muted)" }}
                formatter={(v) => format(Number(v))}
                contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 8, fontSize: 12 }}
              />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} radius={stacked ? 0 : [4, 4, 0, 0]} isAnimationActive={false} {...(stacked ? { stackId: "a" } : {})} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {/* sr-only on a wrapper: a table box ignores overflow clipping and would widen a phone's page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{format(Number(r[s.key] ?? 0))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
