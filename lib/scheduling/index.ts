export { planCourse } from "./plan";
export { alternativeSlots } from "./alternatives";
export { parsePlanRequest, ZPlanRequest } from "./schema";
export type { PlanRequest, ParsedPlanRequest, ParseResult } from "./schema";
export type { PlanResult, PlannedSession, UnplacedSessions } from "./types";
export { verifySessions } from "./verify";
export type { SessionProblem } from "./verify";
