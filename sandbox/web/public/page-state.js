/** The page's state, shared by its modules: who is looking, at what, and what was drawn. */
import { format, STRINGS } from './strings.js';

export const $ = (id) => document.getElementById(id);

export const state = {
  boot: null,
  user: '',
  channel: '',
  /** In the DM with Mitra: 'home' or 'messages'. */
  tab: 'home',
  lang: 'id',
  snap: null,
  threadTs: null,
  dismissed: new Set(),
  /** Ephemerals from before this page (or persona) was opened are gone, as after a reload in Slack. */
  ephemeralsSince: null,
  /** channel id → activity count last seen, for unread marks. */
  seen: {},
  /** view id → { blockId: { actionId: stateValue } }: what the user typed, kept across re-renders. */
  drafts: {},
  rendered: { messages: '', thread: '', modal: '', home: '', chrome: '' },
  contexts: {},
};

export const t = (key, params) => format(STRINGS[state.lang][key] ?? key, params);
