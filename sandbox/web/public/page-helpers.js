/** Small helpers of the page: people and channels by id, avatars, dates, notes, failures. */
import { createRenderContext } from './blocks.js';
import { state, t } from './page-state.js';
import { STRINGS } from './strings.js';

export function userById(id) {
  return state.snap?.users.find((u) => u.id === id);
}

function channelName(id) {
  return state.snap?.allChannels.find((c) => c.id === id)?.name;
}

export const lookup = {
  userName: (id) => {
    const user = userById(id);
    return user ? user.realName || user.name : undefined;
  },
  channelName,
};

export function initials(name) {
  const parts = String(name).trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

export function avatarClass(id) {
  let hash = 0;
  for (const c of String(id)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `av-${hash % 8}`;
}

export function tsDate(ts) {
  return new Date(Number(ts) * 1000);
}

function locale() {
  return state.lang === 'en' ? 'en-GB' : 'id-ID';
}

export function formatTime(date) {
  return date.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });
}

export function formatDay(date) {
  return date.toLocaleDateString(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Asia/Jakarta',
  });
}

export function formatDateTime(date) {
  return `${formatDay(date)} ${formatTime(date)}`;
}

export function renderContext(prefix, extra = {}) {
  const users = (state.snap?.users ?? [])
    .filter((u) => !u.isBot)
    .map((u) => ({ id: u.id, label: u.realName }));
  const channels = (state.snap?.allChannels ?? []).map((c) => ({ id: c.id, label: c.name }));
  const ctx = createRenderContext({
    prefix,
    lookup,
    users,
    channels,
    strings: STRINGS[state.lang].blocks,
    ...extra,
  });
  state.contexts[prefix] = ctx;
  return ctx;
}

export function note(element, text, kind = 'info') {
  element.textContent = text;
  element.dataset.kind = kind;
}

export function describeFailure(result) {
  if (result.timedOut) return t('appTimeout');
  if (result.error) return t('failed', { error: result.error });
  return t('appError', { status: result.status });
}
