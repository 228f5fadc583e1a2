/**
 * The sandbox page: a Slack look-alike driven by FakeSlack. It shows a snapshot of the workspace
 * as one example person sees it, refreshes it when the server says something changed (SSE), and
 * sends what the person does — commands, clicks, modal submissions — to the app through FakeSlack.
 * All HTML comes from blocks.js / mrkdwn.js (which escape) or from escapeHtml here.
 */
import { escapeHtml } from './mrkdwn.js';
import { closeModal, onElement, openHome, selectChannel, send, submitModal } from './page-actions.js';
import { describeFailure, formatDateTime, formatTime, note } from './page-helpers.js';
import { refresh, scheduleRefresh } from './page-refresh.js';
import { render, topModal } from './page-render.js';
import { $, state, t } from './page-state.js';
import { api } from './server-api.js';
import { STRINGS } from './strings.js';

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
