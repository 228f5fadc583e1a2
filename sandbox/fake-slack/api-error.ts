/** A Slack error answer, thrown by handlers and rules and turned into `{ ok: false, error }`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly messages: string[] = [],
  ) {
    super(code);
  }
}
