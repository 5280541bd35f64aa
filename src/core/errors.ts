/**
 * An error caused by what the user typed or asked for. Its message is shown verbatim, so it must say
 * what was wrong and what would work, e.g. "No proposal DP999. Did you mean DP099?".
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    /** A short example or next step, shown under the message. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The caller may not do this; the message says who can. */
export class PermissionError extends UserError {}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
