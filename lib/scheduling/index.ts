export { planCourse } from "./plan";
export { alternativeSlots } from "./alternatives";
export { parsePlanRequest, ZPatientAvailability, ZPlanRequest } from "./schema";
export type { PatientAvailability, PlanRequest, ParsedPlanRequest, ParseResult } from "./schema";
export type { PlanResult, PlannedSession, UnplacedSessions } from "./types";
export { verifySessions } from "./verify";
export type { SessionProblem } from "./verify";
export { describePatientAvailability } from "./patient-availability";
