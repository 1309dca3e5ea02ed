import { NavLinks } from "@/components/shell/nav-links";

const ADMIN_SECTIONS = [
  { href: "/admin", label: "Overview", exact: true },
  { href: "/admin/clinics", label: "Clinics" },
  { href: "/admin/services", label: "Services" },
  { href: "/admin/providers", label: "Providers" },
  { href: "/admin/packages", label: "Packages" },
  { href: "/admin/patients", label: "Patients" },
  { href: "/admin/staff", label: "Staff" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/messages", label: "Messages" },
];

export function AdminNav() {
  return (
    <div className="mb-6 border-b pb-2">
      <NavLinks items={ADMIN_SECTIONS} label="Admin sections" />
    </div>
  );
}
