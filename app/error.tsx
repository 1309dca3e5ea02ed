"use client";

import { Button } from "@/components/ui/button";

// Raw error messages never reach the browser: the server logged the details; staff get a calm sentence.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="max-w-md text-sm text-muted-foreground">Nothing was changed. Please try again; if it keeps happening, tell your administrator.</p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
