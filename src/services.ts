import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Logger } from './logger.js';
import type { ChartFiles } from './slack/kit/charts/slack-charts.js';
import type { LocaleResolver } from './slack/kit/locale.js';

/** What every listener and job may use. Built once in createApp and passed down explicitly. */
export interface Services {
  config: Config;
  db: Db;
  logger: Logger;
  clock: Clock;
  locales: LocaleResolver;
  /** Charts uploaded to Slack by this process, so an unchanged one is not uploaded again. */
  charts: ChartFiles;
}
