import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-123-456', SLACK_SIGNING_SECRET: 'a-signing-secret' };

function errorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('applies the defaults of the runtime contract', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      databasePath: './data/mitra.db',
      timeZone: 'Asia/Jakarta',
      locale: 'id',
      admins: [],
      logLevel: 'info',
      slack: { apiUrl: 'https://slack.com/api/', appToken: undefined },
    });
  });

  it('reads every variable and treats empty strings as unset', () => {
    const config = loadConfig({
      ...base,
      SLACK_APP_TOKEN: 'xapp-1-abc',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '8080',
      DATABASE_PATH: '/tmp/m.db',
      MITRA_TIMEZONE: 'Asia/Jayapura',
      MITRA_LOCALE: 'en',
      MITRA_ADMINS: ' U01ADMIN , U02ADMIN,',
      LOG_LEVEL: '',
    });
    expect(config.slack.appToken).toBe('xapp-1-abc');
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(config.port).toBe(8080);
    expect(config.timeZone).toBe('Asia/Jayapura');
    expect(config.locale).toBe('en');
    expect(config.admins).toEqual(['U01ADMIN', 'U02ADMIN']);
    expect(config.logLevel).toBe('info');
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: 'a-signing-secret' }, 'SLACK_BOT_TOKEN is missing'],
    [{ ...base, SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN must start with "xoxb-"'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is missing'],
    [{ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN must start with "xapp-"'],
    [{ ...base, PORT: 'eighty' }, 'PORT'],
    [{ ...base, PORT: '70000' }, 'PORT'],
    [{ ...base, SLACK_API_URL: 'not a url' }, 'SLACK_API_URL must be an http(s) URL'],
    [{ ...base, MITRA_TIMEZONE: 'Asia/Bandung' }, 'MITRA_TIMEZONE must be an IANA time zone'],
    [{ ...base, MITRA_LOCALE: 'jv' }, 'MITRA_LOCALE must be "id" or "en"'],
    [{ ...base, MITRA_ADMINS: 'alice,bob' }, 'MITRA_ADMINS must list Slack user IDs'],
    [{ ...base, LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of'],
  ])('names the variable that is wrong (%o)', (env, expected) => {
    const message = errorOf(env);
    expect(message).toContain(expected);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('accepts Socket Mode without a signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe(
      'xapp-1',
    );
  });

  it('never puts a secret in its error message', () => {
    const message = errorOf({
      SLACK_BOT_TOKEN: 'xoxp-very-secret-value',
      SLACK_SIGNING_SECRET: 'shh-secret-1',
    });
    expect(message).not.toContain('very-secret');
  });

  it('reads the grace window for missed reminders, default 6 hours, and refuses a bad one', () => {
    expect(loadConfig(base).graceHours).toBe(6);
    expect(loadConfig({ ...base, MITRA_GRACE_HOURS: '1.5' }).graceHours).toBe(1.5);
    expect(errorOf({ ...base, MITRA_GRACE_HOURS: 'lots' })).toContain('MITRA_GRACE_HOURS');
    expect(errorOf({ ...base, MITRA_GRACE_HOURS: '-1' })).toContain(
      'MITRA_GRACE_HOURS must be 0 or more hours',
    );
  });

  it('draws charts unless MITRA_CHARTS is off, and refuses any other value', () => {
    expect(loadConfig(base).charts).toBe(true);
    expect(loadConfig({ ...base, MITRA_CHARTS: 'off' }).charts).toBe(false);
    expect(errorOf({ ...base, MITRA_CHARTS: 'no' })).toContain('MITRA_CHARTS must be "on" or "off"');
  });
});
