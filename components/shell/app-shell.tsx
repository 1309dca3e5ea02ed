import Link from "next/link";
import type { CurrentUser } from "@/lib/session";
import { Logo } from "@/components/shell/logo";
import { MobileNav } from "@/components/shell/mobile-nav";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { UserMenu } from "@/components/shell/user-menu";
import { Badge } from "@/components/ui/badge";
import { FormatPreferencesProvider } from "@/components/shell/format-preferences";

const STAFF_NAV: NavItem[] = [
  { href: "/", label: "Today" },
  { href: "/calendar", label: "Calendar" },
  { href: "/patients", label: "Patients" },
  { href: "/reports/expiring", label: "Expiring" },
];

const ADMIN_NAV: NavItem[] = [{ href: "/admin", label: "Admin" }];

export function AppShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const items = user.role === "ADMIN" ? [...STAFF_NAV, ...ADMIN_NAV] : STAFF_NAV;
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b bg-card print:hidden">
        {/* Below lg (phones, tablets) the sections and the account move behind the Menu button. */}
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <Logo />
            <span>Cadence</span>
          </Link>
          <NavLinks items={items} className="hidden lg:flex" />
          <div className="ml-auto hidden items-center gap-3 text-sm lg:flex">
            <UserMenu name={user.name} email={user.email} />
            <Badge variant={user.role === "ADMIN" ? "default" : "secondary"}>{user.role === "ADMIN" ? "Admin" : "Staff"}</Badge>
            <SignOutButton />
          </div>
          <div className="ml-auto lg:hidden">
            <MobileNav items={items} user={{ name: user.name, email: user.email, admin: user.role === "ADMIN" }} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 print:max-w-none print:p-0">
        <FormatPreferencesProvider hourCycle={user.hourCycle ?? null}>{children}</FormatPreferencesProvider>
      </main>
    </div>
  );
}
