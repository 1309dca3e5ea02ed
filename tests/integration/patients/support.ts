import { GET } from "@/app/(staff)/patients/[id]/courses/[purchaseId]/calendar.ics/route";

/** The course's calendar file as the signed-in user downloads it (the route handler, called as Next.js would). */
export const download = (patientId: string, purchaseId: string) =>
  GET(new Request(`http://localhost/patients/${patientId}/courses/${purchaseId}/calendar.ics`), { params: Promise.resolve({ id: patientId, purchaseId }) });

/** The download refused with `status`, and no calendar in its body. */
export async function expectRefusedDownload(patientId: string, purchaseId: string, status: number): Promise<void> {
  const response = await download(patientId, purchaseId);
  expect(response.status).toBe(status);
  expect(await response.text()).not.toContain("BEGIN:VCALENDAR");
}
