export type { PatientAvailability, PlanRequest, ParsedPlanRequest, ParseResult } from "./schema";

export interface PlannedSession {
  serviceId: string;
  providerId: string;
  clinicId: string;
  start: string; // ISO instant
  end: string;
}

export interface UnplacedSessions {
  serviceId: string;
  count: number;
  reason: string;
}

export interface PlanResult {
  sessions: PlannedSession[];
  unplaced: UnplacedSessions[];
}
