import type { Metadata } from "next";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

// Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) is new for each response, and
// Next puts it on its scripts only while rendering. A page prerendered at build time would carry no nonce, and the
// browser would refuse to run its scripts.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Cadence", template: "%s · Cadence" },
  description: "Treatment packages, scheduled.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-background text-foreground antialiased">
        {children}
        <Toaster />
      </body>
    </html>
  );
}
