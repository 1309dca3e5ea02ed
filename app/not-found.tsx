import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="max-w-md text-sm text-muted-foreground">The link may be old, or the record may have been removed.</p>
      <Link href="/" className={buttonVariants()}>
        Back to Cadence
      </Link>
    </main>
  );
}
