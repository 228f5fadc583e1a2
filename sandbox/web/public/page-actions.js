/** What the person does: clicks and changes on elements, modal submit and close, messages, navigation. */
import { actionFromRaw } from './blocks.js';
import { escapeHtml, mrkdwnToHtml } from './mrkdwn.js';
import { describeFailure, lookup, note } from './page-helpers.js';
import { captureDrafts, collectValues, readRaw } from './page-inputs.js';
import { refresh, scheduleRefresh } from './page-refresh.js';
import { topModal } from './page-render.js';
import { $, state, t } from './page-state.js';
import { api } from './server-api.js';

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

export async function onElement(el) {
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

export async function submitModal() {
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

export async function closeModal(cleared) {
  const top = topModal();
  if (!top) return;
  await api('/api/close', { user: state.user, viewId: top.id, cleared });
  await refresh();
}

export async function send(text, threadTs) {
  const result = await api('/api/send', { user: state.user, channel: state.channel, text, threadTs });
  const status = $('composer-note');
  if (result.error === 'unknown_command')
    note(status, t('unknownCommand', { command: result.command }), 'error');
  else if (!result.ok) note(status, describeFailure(result), 'error');
  else note(status, '');
  await refresh();
}

export function openHome() {
  state.tab = 'home';
  void api('/api/home-opened', { user: state.user }).then(() => refresh());
}

export function selectChannel(id) {
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
