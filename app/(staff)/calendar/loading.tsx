// Shown at once while the page's data loads (components/loading).
export { CalendarLoading as default } from "@/components/loading/section-loading";
