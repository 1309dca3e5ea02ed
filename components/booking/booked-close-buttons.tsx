"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";

/** The way out of a booking dialog once it has booked: to the patient's page, or back where it was opened. */
export function BookedCloseButtons({ patientId }: { patientId: string }) {
  return (
    <>
      <DialogClose asChild>
        <Button asChild variant="outline">
          <Link href={`/patients/${patientId}`}>Open patient page</Link>
        </Button>
      </DialogClose>
      <DialogClose asChild>
        <Button type="button">Done</Button>
      </DialogClose>
    </>
  );
}
