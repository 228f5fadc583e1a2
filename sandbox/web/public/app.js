/**
 * The sandbox page: a Slack look-alike driven by FakeSlack. It shows a snapshot of the workspace
 * as one example person sees it, refreshes it when the server says something changed (SSE), and
 * sends what the person does — commands, clicks, modal submissions — to the app through FakeSlack.
 * All HTML comes from blocks.js / mrkdwn.js (which escape) or from escapeHtml here.
 */
import { actionFromRaw, createRenderContext, renderBlocks, stateValueFromRaw } from './blocks.js';
import { escapeHtml, mrkdwnToHtml } from './mrkdwn.js';
import { format, STRINGS } from './strings.js';

const $ = (id) => document.getElementById(id);

const state = {
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

const t = (key, params) => format(STRINGS[state.lang][key] ?? key, params);

// ── API ──────────────────────────────────────────────────────────────────

async function api(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
  if (!response.ok && json.ok !== false) json.ok = false;
  return json;
}

let refreshing = null;
let refreshAgain = false;
async function refresh() {
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
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), 40);
}

// ── helpers ──────────────────────────────────────────────────────────────

function userById(id) {
  return state.snap?.users.find((u) => u.id === id);
}

function channelName(id) {
  return state.snap?.allChannels.find((c) => c.id === id)?.name;
}

const lookup = {
  userName: (id) => {
    const user = userById(id);
    return user ? user.realName || user.name : undefined;
  },
  channelName,
};

function initials(name) {
  const parts = String(name).trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

function avatarClass(id) {
  let hash = 0;
  for (const c of String(id)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `av-${hash % 8}`;
}

function tsDate(ts) {
  return new Date(Number(ts) * 1000);
}

function locale() {
  return state.lang === 'en' ? 'en-GB' : 'id-ID';
}

function formatTime(date) {
  return date.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });
}

function formatDay(date) {
  return date.toLocaleDateString(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Asia/Jakarta',
  });
}

function formatDateTime(date) {
  return `${formatDay(date)} ${formatTime(date)}`;
}

function renderContext(prefix, extra = {}) {
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

function note(element, text, kind = 'info') {
  element.textContent = text;
  element.dataset.kind = kind;
}

function describeFailure(result) {
  if (result.timedOut) return t('appTimeout');
  if (result.error) return t('failed', { error: result.error });
  return t('appError', { status: result.status });
}

// ── rendering ────────────────────────────────────────────────────────────

function render() {
  renderChrome();
  renderConversation();
  renderThread();
  renderHome();
  renderModal();
}

function renderChrome() {
  const snap = state.snap;
  const current = snap.channels.find((c) => c.id === state.channel);
  // What was there when the person arrived counts as read; only what comes after is bold.
  if (Object.keys(state.seen).length === 0) for (const c of snap.channels) state.seen[c.id] = c.activity;
  // The DM's messages are read on its Messages tab, not while its Home tab is shown.
  const reading = (c) => c.id === state.channel && !(c.isIm && state.tab === 'home');
  if (current && reading(current)) state.seen[current.id] = current.activity;
  const isUnread = (c) => !reading(c) && c.activity > (state.seen[c.id] ?? 0);
  const item = (c, label, icon) => {
    const unread = isUnread(c);
    const classes = ['channel-item', c.id === state.channel ? 'active' : '', unread ? 'unread' : ''].join(
      ' ',
    );
    return `<li><button type="button" class="${classes}" data-channel="${escapeHtml(c.id)}"><span class="ch-icon">${icon}</span>${escapeHtml(label)}</button></li>`;
  };
  const channels = snap.channels.filter((c) => !c.isIm).sort((a, b) => a.name.localeCompare(b.name));
  const dm = snap.channels.find((c) => c.isIm);
  const chrome = JSON.stringify([channels, dm, state.channel, state.lang, state.seen, state.tab]);
  if (chrome !== state.rendered.chrome) {
    state.rendered.chrome = chrome;
    $('channel-list').innerHTML = channels.map((c) => item(c, c.name, c.isPrivate ? '🔒' : '#')).join('');
    $('dm-list').innerHTML = dm ? item(dm, 'Mitra', '<span class="app-dot">M</span>') : '';
  }
  const isDm = current?.isIm === true;
  $('channel-title').textContent = isDm ? 'Mitra' : `# ${current?.name ?? ''}`;
  $('channel-meta').textContent = isDm ? '' : t('members', { n: current?.memberCount ?? 0 });
  document.title = `Mitra — ${isDm ? 'Mitra' : `#${current?.name ?? ''}`}`;
  $('tabs').classList.toggle('hidden', !isDm);
  const showHome = isDm && state.tab === 'home';
  $('tab-home').classList.toggle('active', showHome);
  $('tab-messages').classList.toggle('active', isDm && !showHome);
  $('tab-messages').classList.toggle('unread', Boolean(dm && isUnread(dm)));
  $('tab-home').setAttribute('aria-selected', String(showHome));
  $('tab-messages').setAttribute('aria-selected', String(isDm && !showHome));
  $('home').classList.toggle('hidden', !showHome);
  $('conversation').classList.toggle('hidden', showHome);
  $('composer-input').placeholder = t('messageTo', { name: isDm ? 'Mitra' : `#${current?.name ?? ''}` });
  const me = userById(state.user);
  $('me').innerHTML = me
    ? `<span class="avatar small ${avatarClass(me.id)}">${escapeHtml(initials(me.realName))}</span><span>${escapeHtml(me.realName)}</span>`
    : '';
  $('sandbox-clock').textContent = t('clock', { time: formatDateTime(new Date(snap.now)) });
}

function messageHtml(message, ctx, inThread) {
  const author = userById(message.user);
  const isBot = Boolean(message.bot_id) || author?.isBot === true;
  const name = isBot ? 'Mitra' : (author?.realName ?? message.user);
  const avatar = isBot
    ? '<div class="avatar bot">M</div>'
    : `<div class="avatar ${avatarClass(message.user)}">${escapeHtml(initials(name))}</div>`;
  const time = tsDate(message.ts);
  const badge = isBot ? `<span class="app-badge">${escapeHtml(t('app'))}</span>` : '';
  const edited = message.edited ? `<span class="edited">${escapeHtml(t('edited'))}</span>` : '';
  const ephemeral = message.ephemeral
    ? `<div class="eph-note"><span aria-hidden="true">👁</span> ${escapeHtml(t('onlyYou'))} · <button type="button" class="link-btn" data-dismiss="${escapeHtml(message.ts)}">${escapeHtml(t('dismiss'))}</button></div>`
    : '';
  const body =
    Array.isArray(message.blocks) && message.blocks.length > 0
      ? renderBlocks(message.blocks, 'message', ctx)
      : `<div class="msg-text">${mrkdwnToHtml(message.text, lookup)}</div>`;
  const files = (message.files ?? [])
    .map(
      (f) =>
        `<div class="file-card"><span class="file-icon">${escapeHtml((f.name.split('.').pop() ?? '').toUpperCase().slice(0, 4))}</span><div class="file-info"><div class="file-name">${escapeHtml(f.title || f.name)}</div><div class="file-sub">${escapeHtml(f.name)}</div></div><a class="btn file-download" href="/api/files/${encodeURIComponent(f.id)}" download="${escapeHtml(f.name)}">${escapeHtml(t('download'))}</a></div>`,
    )
    .join('');
  const replies =
    !inThread && message.reply_count
      ? `<button type="button" class="thread-link" data-thread="${escapeHtml(message.ts)}">${escapeHtml(t('replies', { n: message.reply_count }))}</button>`
      : '';
  const replyButton =
    !inThread && !message.ephemeral
      ? `<button type="button" class="msg-reply" data-thread="${escapeHtml(message.ts)}" title="${escapeHtml(t('replyInThread'))}" aria-label="${escapeHtml(t('replyInThread'))}">💬</button>`
      : '';
  const classes = ['msg', message.ephemeral ? 'ephemeral' : ''].join(' ');
  return `<div class="${classes}" data-ts="${escapeHtml(message.ts)}" data-ephemeral="${message.ephemeral ? '1' : ''}">${avatar}<div class="msg-main"><div class="msg-meta"><span class="author">${escapeHtml(name)}</span>${badge}<span class="time" title="${escapeHtml(formatDateTime(time))}">${escapeHtml(formatTime(time))}</span>${edited}</div>${ephemeral}<div class="msg-body">${body}</div>${files}${replies}</div>${replyButton}</div>`;
}

function messagesHtml(list, ctx, inThread) {
  let lastDay = '';
  return list
    .map((m) => {
      const day = formatDay(tsDate(m.ts));
      const divider = day !== lastDay ? `<div class="day-divider"><span>${escapeHtml(day)}</span></div>` : '';
      lastDay = day;
      return divider + messageHtml(m, ctx, inThread);
    })
    .join('');
}

function renderConversation() {
  const list = state.snap.messages.filter(
    (m) =>
      (!m.thread_ts || m.thread_ts === m.ts || m.ephemeral) &&
      !(m.ephemeral && (state.dismissed.has(m.ts) || Number(m.ts) < (state.ephemeralsSince ?? 0))),
  );
  const key = JSON.stringify([state.channel, list, state.lang, state.snap.users.length]);
  if (key === state.rendered.messages) return;
  const container = $('messages');
  const channelChanged = container.dataset.channel !== state.channel;
  const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 80;
  state.rendered.messages = key;
  const ctx = renderContext('m');
  container.innerHTML =
    list.length > 0
      ? messagesHtml(list, ctx, false)
      : `<div class="empty">${escapeHtml(t('emptyChannel'))}</div>`;
  container.dataset.channel = state.channel;
  if (channelChanged || atBottom) container.scrollTop = container.scrollHeight;
}

function renderThread() {
  const pane = $('thread');
  const parent = state.threadTs && state.snap.messages.find((m) => m.ts === state.threadTs && !m.ephemeral);
  if (!parent) {
    state.threadTs = null;
    pane.classList.add('hidden');
    state.rendered.thread = '';
    return;
  }
  pane.classList.remove('hidden');
  const replies = state.snap.messages.filter(
    (m) => m.thread_ts === parent.ts && m.ts !== parent.ts && !m.ephemeral,
  );
  const key = JSON.stringify([parent, replies, state.lang]);
  if (key === state.rendered.thread) return;
  state.rendered.thread = key;
  $('thread-title').textContent = `${t('thread')} · ${$('channel-title').textContent}`;
  const ctx = renderContext('t');
  const container = $('thread-messages');
  container.innerHTML = `${messageHtml(parent, ctx, true)}<div class="thread-count">${escapeHtml(t('replies', { n: replies.length }))}</div>${messagesHtml(replies, ctx, true)}`;
  container.scrollTop = container.scrollHeight;
  $('thread-input').placeholder = t('reply');
}

function renderHome() {
  const home = state.snap.home;
  const key = JSON.stringify([home?.id, home?.hash, state.lang, state.user]);
  if (key === state.rendered.home) return;
  state.rendered.home = key;
  const container = $('home');
  if (!home) {
    container.innerHTML = `<div class="empty home-empty">${escapeHtml(t('noHome'))}</div>`;
    return;
  }
  const ctx = renderContext('h', { valueFor: (b, a) => home.state?.values?.[b]?.[a] });
  container.innerHTML = `<div class="home-view" data-view-id="${escapeHtml(home.id)}">${renderBlocks(home.blocks, 'home', ctx)}</div>`;
}

function topModal() {
  const modals = state.snap?.modals ?? [];
  return modals[modals.length - 1];
}

function renderModal() {
  const root = $('modal-root');
  const modals = state.snap.modals;
  const top = topModal();
  for (const id of Object.keys(state.drafts)) if (!modals.some((v) => v.id === id)) delete state.drafts[id];
  if (!top) {
    root.classList.add('hidden');
    root.innerHTML = '';
    state.rendered.modal = '';
    return;
  }
  const key = JSON.stringify([top.id, top.hash, top.errors ?? null, modals.length, state.lang]);
  if (key === state.rendered.modal) return;
  captureDrafts();
  state.rendered.modal = key;
  const drafts = state.drafts[top.id] ?? {};
  const ctx = renderContext('v', {
    valueFor: (blockId, actionId) => drafts[blockId]?.[actionId] ?? top.state?.values?.[blockId]?.[actionId],
    errors: top.errors ?? {},
  });
  const title = escapeHtml(top.title?.text ?? '');
  const back =
    modals.length > 1
      ? `<button type="button" class="icon-btn modal-back" aria-label="${escapeHtml(t('back'))}">‹</button>`
      : '';
  const submit = top.submit
    ? `<button type="button" class="btn btn-primary modal-submit">${escapeHtml(top.submit.text)}</button>`
    : '';
  root.innerHTML = `<div class="modal-backdrop"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" data-view-id="${escapeHtml(top.id)}">
    <header class="modal-header">${back}<span class="modal-app">M</span><h2 id="modal-title">${title}</h2><button type="button" class="icon-btn modal-x" aria-label="${escapeHtml(t('close'))}">✕</button></header>
    <div class="modal-banner hidden" role="alert"></div>
    <form class="modal-body" novalidate>${renderBlocks(top.blocks, 'modal', ctx)}</form>
    <footer class="modal-footer"><button type="button" class="btn modal-close">${escapeHtml(top.close?.text ?? t('cancel'))}</button>${submit}</footer>
  </div></div>`;
  root.classList.remove('hidden');
  const firstError = root.querySelector('.has-error .el-input, .has-error .el-select, .has-error input');
  const first =
    firstError ?? root.querySelector('.modal-body input, .modal-body textarea, .modal-body select');
  if (first && !root.contains(document.activeElement)) first.focus();
}

// ── reading inputs ───────────────────────────────────────────────────────

function readRaw(el) {
  if (el.tagName === 'SELECT') return el.multiple ? [...el.selectedOptions].map((o) => o.value) : el.value;
  if (el.classList.contains('el-choices')) {
    const checked = [...el.querySelectorAll('input:checked')].map((i) => i.value);
    return el.querySelector('input[type=radio]') ? (checked[0] ?? '') : checked;
  }
  return el.value;
}

/** The view state of every input block in a rendered view, as Slack sends it. */
function collectValues(container, prefix) {
  const ctx = state.contexts[prefix];
  const values = {};
  if (!ctx || !container) return values;
  for (const [key, entry] of ctx.elements) {
    if (entry.place !== 'input' || !entry.element.action_id) continue;
    const el = container.querySelector(`[data-el="${key}"]`);
    if (!el) continue;
    values[entry.blockId] ??= {};
    values[entry.blockId][entry.element.action_id] = stateValueFromRaw(entry.element, readRaw(el));
  }
  return values;
}

function captureDrafts() {
  const modal = $('modal-root').querySelector('.modal');
  if (!modal) return;
  const viewId = modal.dataset.viewId;
  state.drafts[viewId] = { ...state.drafts[viewId], ...collectValues(modal, 'v') };
}

// ── actions ──────────────────────────────────────────────────────────────

function confirmDialog(confirm) {
  const root = $('confirm-root');
  return new Promise((resolve) => {
    const text = (o) => (o ? escapeHtml(o.text) : '');
    root.innerHTML = `<div class="modal-backdrop"><div class="modal confirm" role="alertdialog" aria-modal="true">
      <header class="modal-header"><h2>${text(confirm.title)}</h2></header>
      <div class="modal-body">${confirm.text?.type === 'mrkdwn' ? mrkdwnToHtml(confirm.text.text, lookup) : escapeHtml(confirm.text?.text ?? '')}</div>
      <footer class="modal-footer"><button type="button" class="btn" data-answer="no">${text(confirm.deny) || escapeHtml(t('cancel'))}</button><button type="button" class="btn ${confirm.style === 'danger' ? 'btn-danger' : 'btn-primary'}" data-answer="yes">${text(confirm.confirm) || 'OK'}</button></footer>
    </div></div>`;
    root.classList.remove('hidden');
    root.onclick = (event) => {
      const answer = event.target.closest('[data-answer]')?.dataset.answer;
      if (!answer) return;
      root.classList.add('hidden');
      root.innerHTML = '';
      resolve(answer === 'yes');
    };
  });
}

async function onElement(el) {
  const key = el.dataset.el;
  const prefix = key[0];
  const entry = state.contexts[prefix]?.elements.get(key);
  if (!entry?.dispatch) return;
  const { element, blockId } = entry;
  if (element.confirm && !(await confirmDialog(element.confirm))) return;
  if (element.type === 'button' && element.url) window.open(element.url, '_blank', 'noopener');
  const body = {
    user: state.user,
    actionId: element.action_id,
    blockId,
    ...actionFromRaw(element, readRaw(el)),
  };
  let statusEl = $('composer-note');
  if (prefix === 'v') {
    const modal = $('modal-root').querySelector('.modal');
    captureDrafts();
    body.viewId = modal.dataset.viewId;
    body.values = collectValues(modal, 'v');
    statusEl = modal.querySelector('.modal-banner');
  } else if (prefix === 'h') {
    body.viewId = state.snap.home.id;
  } else {
    body.channelId = state.channel;
    body.messageTs = el.closest('.msg')?.dataset.ts;
  }
  if (element.type === 'overflow') el.value = '';
  const result = await api('/api/action', body);
  if (!result.ok) {
    statusEl.classList.remove('hidden');
    note(statusEl, describeFailure(result), 'error');
  }
  scheduleRefresh();
}

async function submitModal() {
  const modal = $('modal-root').querySelector('.modal');
  if (!modal) return;
  captureDrafts();
  const viewId = modal.dataset.viewId;
  const banner = modal.querySelector('.modal-banner');
  const button = modal.querySelector('.modal-submit');
  button.disabled = true;
  const result = await api('/api/submit', { user: state.user, viewId, values: collectValues(modal, 'v') });
  button.disabled = false;
  const problem = result.outcome?.problem;
  if (!result.ok || problem) {
    banner.classList.remove('hidden');
    note(banner, problem ? t('submitProblem', { problem }) : describeFailure(result), 'error');
  }
  await refresh();
}

async function closeModal(cleared) {
  const top = topModal();
  if (!top) return;
  await api('/api/close', { user: state.user, viewId: top.id, cleared });
  await refresh();
}

async function send(text, threadTs) {
  const result = await api('/api/send', { user: state.user, channel: state.channel, text, threadTs });
  const status = $('composer-note');
  if (result.error === 'unknown_command')
    note(status, t('unknownCommand', { command: result.command }), 'error');
  else if (!result.ok) note(status, describeFailure(result), 'error');
  else note(status, '');
  await refresh();
}

function openHome() {
  state.tab = 'home';
  void api('/api/home-opened', { user: state.user }).then(() => refresh());
}

function selectChannel(id) {
  if (id === state.channel && !state.snap?.channels.find((c) => c.id === id)?.isIm) return;
  const wasDm = state.snap?.channels.find((c) => c.id === state.channel)?.isIm;
  state.channel = id;
  state.threadTs = null;
  note($('composer-note'), '');
  document.body.classList.remove('nav-open');
  const isDm = state.snap?.channels.find((c) => c.id === id)?.isIm;
  if (isDm && !wasDm) openHome();
  else void refresh();
}

// ── wiring ───────────────────────────────────────────────────────────────

function applyLanguage() {
  document.documentElement.lang = state.lang;
  $('heading-channels').textContent = t('channels');
  $('heading-apps').textContent = t('apps');
  $('sandbox-title').textContent = t('sandboxTitle');
  $('sandbox-badge').textContent = t('sandboxBadge');
  $('user-switch-label').textContent = t('actAs');
  $('run-scheduler').textContent = t('runScheduler');
  $('advance-clock').textContent = t('advance');
  $('tab-home').textContent = t('home');
  $('tab-messages').textContent = t('messages');
  $('composer-hint').textContent = t('hint');
  $('lang-toggle').textContent = t('language');
  const people = state.boot.people;
  const order = ['coordinator', 'manager', 'admin', 'liaison', 'member', 'outsider'];
  $('user-switch').innerHTML = order
    .map((persona) => {
      const options = people
        .filter((p) => p.persona === persona)
        .map(
          (p) =>
            `<option value="${escapeHtml(p.id)}"${p.id === state.user ? ' selected' : ''}>${escapeHtml(`${p.realName} · ${p.title}${p.locale === 'en-US' ? ' (English)' : ''}`)}</option>`,
        )
        .join('');
      return options
        ? `<optgroup label="${escapeHtml(STRINGS[state.lang].personas[persona])}">${options}</optgroup>`
        : '';
    })
    .join('');
  state.rendered = { messages: '', thread: '', modal: state.rendered.modal, home: '', chrome: '' };
}

function wire() {
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const channel = target.closest('[data-channel].channel-item');
    if (channel) return selectChannel(channel.dataset.channel);
    const thread = target.closest('[data-thread]');
    if (thread) {
      state.threadTs = thread.dataset.thread;
      return render();
    }
    const jump = target.closest('[data-jump]');
    if (jump) {
      const id = jump.dataset.jump;
      if (state.snap?.channels.find((c) => c.id === id)?.isIm) {
        // A DM message is read on the DM's Messages tab.
        state.channel = id;
        state.tab = 'messages';
        state.threadTs = null;
        return void refresh();
      }
      return selectChannel(id);
    }
    const dismiss = target.closest('[data-dismiss]');
    if (dismiss) {
      state.dismissed.add(dismiss.dataset.dismiss);
      return render();
    }
    const button = target.closest('button[data-el]');
    if (button) return void onElement(button);
    if (target.closest('.modal-submit')) return void submitModal();
    if (target.closest('.modal-close') || target.closest('.modal-back')) return void closeModal(false);
    if (target.closest('.modal-x')) return void closeModal(true);
  });
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const el = target.closest('[data-el]');
    if (el && el.tagName !== 'BUTTON') void onElement(el);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.key === 'Escape' && topModal()) return void closeModal(true);
    // Enter in a one-line input of a dispatch_action block sends the action, as in Slack.
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.dataset.el) {
      event.preventDefault();
      target.blur();
    }
  });
  const composer = $('composer-input');
  composer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = composer.value.trim();
    if (!text) return;
    composer.value = '';
    void send(text);
  });
  const threadInput = $('thread-input');
  threadInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('thread-composer').requestSubmit();
    }
  });
  $('thread-composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = threadInput.value.trim();
    if (!text || !state.threadTs) return;
    threadInput.value = '';
    void send(text, state.threadTs);
  });
  $('thread-close').addEventListener('click', () => {
    state.threadTs = null;
    render();
  });
  $('tab-home').addEventListener('click', openHome);
  $('tab-messages').addEventListener('click', () => {
    state.tab = 'messages';
    render();
  });
  $('user-switch').addEventListener('change', (event) => {
    state.user = event.target.value;
    localStorage.setItem('mitra-sandbox-user', state.user);
    state.threadTs = null;
    state.dismissed.clear();
    // Another person's session: earlier ephemerals are not theirs to see, and the page speaks their language.
    state.ephemeralsSince = state.snap ? Date.parse(state.snap.now) / 1000 : null;
    state.lang = personaLanguage(state.user);
    applyLanguage();
    state.seen = {};
    state.rendered = { messages: '', thread: '', modal: '', home: '', chrome: '' };
    const isDm = state.snap?.channels.find((c) => c.id === state.channel)?.isIm;
    state.channel = isDm ? '' : state.channel;
    if (isDm) openHome();
    else void refresh();
  });
  $('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'id' ? 'en' : 'id';
    applyLanguage();
    render();
  });
  $('menu-toggle').addEventListener('click', () => document.body.classList.toggle('nav-open'));
  const sandboxNote = $('sandbox-note');
  $('run-scheduler').addEventListener('click', async () => {
    const result = await api('/api/tick', {});
    note(
      sandboxNote,
      result.ok ? t('schedulerRan', { time: formatTime(new Date(result.now)) }) : describeFailure(result),
    );
    await refresh();
  });
  $('advance-clock').addEventListener('click', async () => {
    const result = await api('/api/advance', {});
    note(
      sandboxNote,
      result.ok ? t('advanced', { time: formatDateTime(new Date(result.now)) }) : t('nothingDue'),
    );
    // Say where something was posted, with a link to go there.
    const posted = (result.posted ?? []).filter((c) => state.snap?.channels.some((mine) => mine.id === c.id));
    if (posted.length > 0) {
      const links = posted
        .map(
          (c) =>
            `<button type="button" class="link-btn" data-jump="${escapeHtml(c.id)}">${escapeHtml(c.isIm ? 'Mitra' : `#${c.name}`)}</button>`,
        )
        .join(', ');
      sandboxNote.insertAdjacentHTML('beforeend', ` ${escapeHtml(t('postedIn'))} ${links}`);
    }
    await refresh();
  });
}

/** The page speaks the language of the person it shows, as Slack follows each user's setting. */
function personaLanguage(userId) {
  const person = state.boot.people.find((p) => p.id === userId);
  if (!person?.locale) return state.boot.locale === 'en' ? 'en' : 'id';
  return person.locale.toLowerCase().startsWith('en') ? 'en' : 'id';
}

async function start() {
  state.boot = await api('/api/bootstrap');
  const known = (id) => state.boot.people.some((p) => p.id === id);
  const savedUser = localStorage.getItem('mitra-sandbox-user');
  state.user = savedUser && known(savedUser) ? savedUser : state.boot.defaultUserId;
  state.lang = personaLanguage(state.user);
  state.channel = new URLSearchParams(location.search).get('channel') ?? '';
  applyLanguage();
  wire();
  const events = new EventSource('/api/events');
  events.addEventListener('change', scheduleRefresh);
  // After a reconnect, anything missed while disconnected is fetched again.
  events.addEventListener('hello', scheduleRefresh);
  await refresh();
  if (!state.channel || state.snap.channels.find((c) => c.id === state.channel)?.isIm) {
    const general = state.snap.channels.find((c) => c.name === 'umum');
    if (general) selectChannel(general.id);
  }
  document.body.dataset.ready = 'true';
}

void start();
