import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/**
 * Structured logs: JSON lines in production, readable lines in development. Anything that looks
 * like a token or secret is redacted so a log shipped to a SIEM never carries credentials.
 */
export function createLogger(options: Pick<Config, 'logLevel' | 'prettyLogs'>): Logger {
  const settings: pino.LoggerOptions = {
    level: options.logLevel,
    base: { app: 'mitra' },
    redact: {
      paths: [
        'token',
        '*.token',
        'botToken',
        '*.botToken',
        'signingSecret',
        '*.signingSecret',
        'appToken',
        '*.appToken',
        'headers.authorization',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  if (options.prettyLogs) {
    return pino({
      ...settings,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  // Asynchronous writes to stdout: a request does not wait for its log line to reach the disk or
  // the pipe, and lines written meanwhile go out together. Pino flushes what is left on exit.
  return pino(settings, pino.destination({ dest: 1, sync: false }));
}

/** A logger that writes nothing, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
