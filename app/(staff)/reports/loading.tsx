// Shown at once while the page's data loads (components/loading).
export { ReportLoading as default } from "@/components/loading/section-loading";
