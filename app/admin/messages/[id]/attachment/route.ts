import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/session";
import { getMessage } from "@/lib/queries/messages";

export const dynamic = "force-dynamic";

/** A message's .ics attachment, for admins (route handlers are not covered by the pages' guards). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.role !== "ADMIN") return new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { id } = await params;
  const m = await getMessage(prisma, id);
  if (!m?.icsFile || !m.icsFileName) return new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(m.icsFile, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${m.icsFileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
