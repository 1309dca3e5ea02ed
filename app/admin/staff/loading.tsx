// Shown at once while the page's data loads (components/loading).
export { AdminListLoading as default } from "@/components/loading/section-loading";
