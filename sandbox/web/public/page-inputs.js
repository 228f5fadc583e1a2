/** Reads what the user entered in a rendered view, as Slack's view state, and keeps it as drafts. */
import { stateValueFromRaw } from './blocks.js';
import { $, state } from './page-state.js';

export function readRaw(el) {
  if (el.tagName === 'SELECT') return el.multiple ? [...el.selectedOptions].map((o) => o.value) : el.value;
  if (el.classList.contains('el-choices')) {
    const checked = [...el.querySelectorAll('input:checked')].map((i) => i.value);
    return el.querySelector('input[type=radio]') ? (checked[0] ?? '') : checked;
  }
  return el.value;
}

/** The view state of every input block in a rendered view, as Slack sends it. */
export function collectValues(container, prefix) {
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

export function captureDrafts() {
  const modal = $('modal-root').querySelector('.modal');
  if (!modal) return;
  const viewId = modal.dataset.viewId;
  state.drafts[viewId] = { ...state.drafts[viewId], ...collectValues(modal, 'v') };
}
