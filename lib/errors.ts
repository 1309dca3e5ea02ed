/**
 * The one error type of the domain. `userMessage` is safe to show staff; `message` is for the logs.
 * Anything that is not an AppError is unexpected: it is logged and staff see a generic sentence.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "SLOT_TAKEN"
  | "PACKAGE_EXHAUSTED"
  | "PURCHASE_EXPIRED"
  | "PURCHASE_NOT_ACTIVE"
  | "LIMIT_REACHED"
  | "NOT_AVAILABLE"
  | "RATE_LIMITED";

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;

  constructor(
    code: ErrorCode,
    userMessage: string,
    options: { internal?: string; fieldErrors?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.internal ?? userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Nothing was changed; please try again.";
