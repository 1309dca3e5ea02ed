// Shown at once while the page's data loads (components/loading).
export { TodayLoading as default } from "@/components/loading/section-loading";
