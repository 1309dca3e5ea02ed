// Shown at once while the page's data loads (components/loading).
export { AdminLandingLoading as default } from "@/components/loading/section-loading";
