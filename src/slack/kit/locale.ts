import type { WebClient } from '@slack/web-api';
import { type Locale, localeFromSlack } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';

export interface LocaleResolver {
  /** The user's cached language, if known and fresh: no network, no waiting. */
  cached(userId: string | undefined): Locale | undefined;
  /** The user's language: their Slack locale where Slack tells us, else the deployment default. */
  forUser(client: WebClient, userId: string | undefined): Promise<Locale>;
  /**
   * The same, for answers that must fit Slack's 3 seconds (an `ack` with field errors, a
   * `trigger_id`): the cached locale at once; else the lookup if it answers within `waitMs`; else
   * the deployment default. A lookup that runs late still fills the cache for the next answer.
   */
  forUserQuickly(client: WebClient, userId: string | undefined, waitMs?: number): Promise<Locale>;
}

/** Long enough for a healthy `users.info`, short enough to leave most of Slack's 3 s for the work. */
export const QUICK_LOCALE_WAIT_MS = 800;

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
  const cached = (userId: string | undefined): Locale | undefined => {
    if (!userId) return undefined;
    const hit = cache.get(userId);
    return hit && hit.until > now() ? hit.locale : undefined;
  };
  const resolver: LocaleResolver = {
    cached,
    async forUserQuickly(client, userId, waitMs = QUICK_LOCALE_WAIT_MS) {
      if (!userId) return fallback;
      const hit = cached(userId);
      if (hit) return hit;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<Locale>((resolve) => {
        timer = setTimeout(() => resolve(fallback), waitMs);
      });
      try {
        return await Promise.race([resolver.forUser(client, userId), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async forUser(client, userId) {
      if (!userId) return fallback;
      const hit = cached(userId);
      if (hit) return hit;
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
  return resolver;
}
