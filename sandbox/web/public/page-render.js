/** Draws the snapshot: sidebar and header, conversation, thread, home tab and the top modal. */
import { renderBlocks } from './blocks.js';
import { escapeHtml, mrkdwnToHtml } from './mrkdwn.js';
import {
  avatarClass,
  formatDateTime,
  formatDay,
  formatTime,
  initials,
  lookup,
  renderContext,
  tsDate,
  userById,
} from './page-helpers.js';
import { captureDrafts } from './page-inputs.js';
import { $, state, t } from './page-state.js';

export function render() {
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

export function topModal() {
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
