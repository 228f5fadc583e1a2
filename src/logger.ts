import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/**
 * Structured logs: JSON lines in production, readable lines in development. Anything that looks
 * like a token or secret is redacted so a log shipped to a SIEM never carries credentials.
 */
export function createLogger(options: Pick<Config, 'logLevel' | 'prettyLogs'>): Logger {
  return pino({
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
    transport: options.prettyLogs
      ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } }
      : undefined,
  });
}

/** A logger that writes nothing, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
