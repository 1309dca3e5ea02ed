export { planCourse } from "./plan";
export { alternativeSlots, slotsByStart } from "./alternatives";
export { moveOptions, type MoveOptions } from "./move-options";
export { parsePlanRequest, ZPatientAvailability, ZPlanRequest } from "./schema";
export type { PatientAvailability, PlanRequest, ParsedPlanRequest, ParseResult } from "./schema";
export type { PlanResult, PlannedSession, UnplacedSessions } from "./types";
export { verifySessions } from "./verify";
export type { SessionProblem } from "./verify";
export { describePatientAvailability } from "./patient-availability";
