import { z } from 'zod';
import { isValidTimeZone } from './domain/time/calendar.js';
import { LOCALES } from './i18n/types.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Empty strings count as unset, so `FOO=` in a `.env` file falls back to the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

const slackToken = (prefix: string) =>
  z
    .string()
    .trim()
    .refine((v) => v.startsWith(prefix), { message: `must start with "${prefix}"` });

const envSchema = z.object({
  SLACK_BOT_TOKEN: optional(slackToken('xoxb-').optional()),
  SLACK_SIGNING_SECRET: optional(
    z.string().trim().min(8, 'must be the signing secret from the app settings').optional(),
  ),
  SLACK_APP_TOKEN: optional(slackToken('xapp-').optional()),
  SLACK_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
      .transform((url) => (url.endsWith('/') ? url : `${url}/`))
      .default('https://slack.com/api/'),
  ),
  PORT: optional(z.coerce.number().int().min(0).max(65_535).default(3000)),
  DATABASE_PATH: optional(z.string().default('./data/mitra.db')),
  MITRA_TIMEZONE: optional(
    z
      .string()
      .refine(isValidTimeZone, { message: 'must be an IANA time zone such as Asia/Jakarta' })
      .default('Asia/Jakarta'),
  ),
  MITRA_LOCALE: optional(z.enum(LOCALES, { error: 'must be "id" or "en"' }).default('id')),
  MITRA_ADMINS: optional(
    z
      .string()
      .default('')
      .transform((raw) =>
        raw
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]+$/, 'must list Slack user IDs such as U012ABCDEF'))),
  ),
  LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, { error: 'must be one of debug, info, warn, error' }).default('info'),
  ),
  NODE_ENV: optional(z.string().default('production')),
  MITRA_MINISTRY: optional(z.string().trim().max(200, 'must be at most 200 characters').default('')),
  MITRA_CHARTS: optional(z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on')),
  MITRA_GRACE_HOURS: optional(
    z.coerce
      .number({ error: 'must be a number of hours such as 6' })
      .min(0, 'must be 0 or more hours')
      .max(168, 'must be at most 168 hours (a week)')
      .default(6),
  ),
});

export interface Config {
  slack: {
    botToken: string;
    signingSecret: string;
    appToken: string | undefined;
    apiUrl: string;
    /** How long a Web API call may take before its outcome counts as unknown. Not an environment setting; tests shorten it. */
    apiTimeoutMs: number;
  };
  port: number;
  databasePath: string;
  timeZone: string;
  locale: (typeof LOCALES)[number];
  admins: readonly string[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** Readable logs in development, JSON everywhere else. */
  prettyLogs: boolean;
  /** Reminders missed while the app was down are still posted (marked late) within this many hours. */
  graceHours: number;
  /** The ministry's name heading the quarterly workbooks; empty uses the catalog's neutral heading. */
  ministry: string;
  /** Whether Mitra draws charts (Slack and workbooks); off, every message is words alone. */
  charts: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once. Throws a ConfigError whose message is one line naming the first
 * variable that is wrong; main.ts prints it and exits without a stack trace.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Configuration error: ${name} ${issue?.message ?? 'is invalid'}`);
  }
  const e = parsed.data;
  if (!e.SLACK_BOT_TOKEN) throw new ConfigError('Configuration error: SLACK_BOT_TOKEN is missing (xoxb-…)');
  // Socket Mode receives no HTTP requests to verify; HTTP mode cannot run safely without it.
  if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    throw new ConfigError('Configuration error: SLACK_SIGNING_SECRET is missing (needed in HTTP mode)');
  }
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET ?? '',
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      apiTimeoutMs: 10_000,
    },
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    timeZone: e.MITRA_TIMEZONE,
    locale: e.MITRA_LOCALE,
    admins: e.MITRA_ADMINS,
    logLevel: e.LOG_LEVEL,
    prettyLogs: e.NODE_ENV === 'development',
    graceHours: e.MITRA_GRACE_HOURS,
    ministry: e.MITRA_MINISTRY,
    charts: e.MITRA_CHARTS === 'on',
  };
}
