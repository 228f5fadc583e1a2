/** Fetches the snapshot for the current person and conversation, and redraws; one fetch at a time. */

import { render } from './page-render.js';
import { state } from './page-state.js';
import { api } from './server-api.js';

let refreshing = null;
let refreshAgain = false;
export async function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      const asked = { user: state.user, channel: state.channel };
      const params = new URLSearchParams({ user: asked.user });
      if (asked.channel) params.set('channel', asked.channel);
      const snap = await api(`/api/snapshot?${params}`);
      if (snap.ok === false) continue;
      // The person or the conversation changed while this was on its way: ask again, show nothing stale.
      if (state.user !== asked.user || state.channel !== asked.channel) {
        refreshAgain = true;
        continue;
      }
      state.snap = snap;
      state.ephemeralsSince ??= Date.parse(snap.now) / 1000;
      state.channel = snap.channelId ?? '';
      render();
    } while (refreshAgain);
  })();
  try {
    await refreshing;
  } finally {
    refreshing = null;
  }
}

let refreshTimer = null;
export function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), 40);
}
