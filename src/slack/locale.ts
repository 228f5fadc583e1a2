import type { WebClient } from '@slack/web-api';
import { type Locale, localeFromSlack } from '../i18n/index.js';
import type { Logger } from '../logger.js';

export interface LocaleResolver {
  /** The user's language: their Slack locale where Slack tells us, else the deployment default. */
  forUser(client: WebClient, userId: string | undefined): Promise<Locale>;
}

interface Options {
  fallback: Locale;
  logger: Logger;
  now?: () => number;
  /** Users rarely change language; an hour keeps `users.info` calls (Tier 4) far below limits. */
  ttlMs?: number;
  maxEntries?: number;
}

export function createLocaleResolver({
  fallback,
  logger,
  now = Date.now,
  ttlMs = 60 * 60 * 1000,
  maxEntries = 10_000,
}: Options): LocaleResolver {
  const cache = new Map<string, { locale: Locale; until: number }>();
  return {
    async forUser(client, userId) {
      if (!userId) return fallback;
      const hit = cache.get(userId);
      if (hit && hit.until > now()) return hit.locale;
      let locale = fallback;
      try {
        const info = await client.users.info({ user: userId, include_locale: true });
        locale = localeFromSlack(info.user?.locale) ?? fallback;
      } catch (error) {
        // A user we cannot look up still gets an answer, in the default language; not cached.
        logger.warn({ err: error, userId }, 'users.info failed; using the default language');
        return fallback;
      }
      if (cache.size >= maxEntries) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      cache.set(userId, { locale, until: now() + ttlMs });
      return locale;
    },
  };
}
