import type { Logger } from './logger.js';

/**
 * Errors of one connection that Node may raise outside any request handler (a client that hung
 * up mid-answer): nothing of ours is left half-done, so the process keeps serving.
 */
const CONNECTION_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ERR_STREAM_DESTROYED',
]);

/**
 * What to do with an error nobody caught. A rejected promise is a piece of background work that
 * failed (posting a reminder, telling someone): its own request has been answered, the database
 * is transactional, so it is logged and the process keeps serving. An uncaught exception may have
 * left anything half-done in memory: the process exits (code 1) for the process manager to start
 * a clean one — unless it is a dropped connection, which concerns only that connection.
 */
export function policyFor(
  kind: 'unhandledRejection' | 'uncaughtException',
  error: unknown,
): 'continue' | 'exit' {
  if (kind === 'unhandledRejection') return 'continue';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code) ? 'continue' : 'exit';
}

/** Installs the policy; `exit` stops the app cleanly and ends the process with a non-zero code. */
export function installProcessPolicy(logger: Logger, exit: (reason: string) => void): void {
  const handle = (kind: 'unhandledRejection' | 'uncaughtException') => (error: unknown) => {
    const decision = policyFor(kind, error);
    if (decision === 'continue') {
      logger.error({ err: error, kind }, `${kind}: logged, still serving`);
      return;
    }
    logger.fatal({ err: error, kind }, `${kind}: stopping so the process manager can restart Mitra`);
    exit(kind);
  };
  process.on('unhandledRejection', handle('unhandledRejection'));
  process.on('uncaughtException', handle('uncaughtException'));
}
