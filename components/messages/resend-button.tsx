"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { resendMessage } from "@/app/admin/messages/actions";
import { Button } from "@/components/ui/button";

export function ResendButton({ messageId }: { messageId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="outline"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          const result = await resendMessage({ messageId });
          if (!result.ok) {
            toast.error(result.error.message);
            return;
          }
          toast.success("Queued to be sent again.");
          router.push(result.data.messageId === messageId ? `/admin/messages/${messageId}` : `/admin/messages/${result.data.messageId}`);
          router.refresh();
        } catch {
          toast.error("Cadence could not be reached. Nothing was changed.");
        } finally {
          setPending(false);
        }
      }}
    >
      {pending ? "Queuing…" : "Resend"}
    </Button>
  );
}
