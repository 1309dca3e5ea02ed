import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { Button } from "@/components/ui/button";
import { unsubscribe } from "../actions";

export const metadata: Metadata = { title: "E-mail preferences", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * The link in every patient e-mail. Opening it changes nothing (mail scanners open links); the button does. The
 * page shows no patient data: the token names only an id.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = verifyUnsubscribeToken(decodeURIComponent(token), new Date(), authSecret());
  const optedOut = check.ok ? (await prisma.patient.findUnique({ where: { id: check.patientId }, select: { emailOptOut: true } }))?.emailOptOut : undefined;
  return (
    <main className="mx-auto max-w-md space-y-4 p-8">
      <h1 className="text-2xl font-semibold">E-mail preferences</h1>
      {!check.ok || optedOut === undefined ? (
        <p role="alert">
          {check.ok === false && check.reason === "expired"
            ? "This link has expired. Please ask your clinic to stop sending you e-mails."
            : "This link is not valid. Please ask your clinic to stop sending you e-mails."}
        </p>
      ) : optedOut ? (
        <p role="status">You are unsubscribed: the clinic will not send you appointment e-mails any more. Ask the clinic if you want them again.</p>
      ) : (
        <form action={unsubscribe} className="space-y-4">
          <p>Stop appointment e-mails (confirmations, changes and reminders) from your clinic?</p>
          <input type="hidden" name="token" value={decodeURIComponent(token)} />
          <Button type="submit">Unsubscribe</Button>
        </form>
      )}
    </main>
  );
}
