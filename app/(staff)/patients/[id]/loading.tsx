// Shown at once while the page's data loads (components/loading).
export { PatientLoading as default } from "@/components/loading/section-loading";
