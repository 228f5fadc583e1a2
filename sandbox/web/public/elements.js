/** Interactive elements → HTML: buttons, selects, pickers, choices and text inputs. */
import { chosen, flatOptions } from './block-values.js';
import { escapeHtml, plainTextToHtml } from './mrkdwn.js';
import { register, textHtml } from './render-context.js';

function placeholder(element, fallback, ctx) {
  return element.placeholder
    ? textHtml({ ...element.placeholder, type: 'plain_text' }, ctx)
    : escapeHtml(fallback);
}

/** Multi selects as a list of checkboxes: easier than a native multiple select, and visible at once. */
function multiHtml(key, choices, selected) {
  const chosenSet = new Set(selected);
  let lastGroup = '';
  const items = choices
    .map((c) => {
      const heading =
        c.group && c.group !== lastGroup ? `<div class="choice-group">${escapeHtml(c.group)}</div>` : '';
      lastGroup = c.group ?? '';
      const checked = chosenSet.has(String(c.value)) ? ' checked' : '';
      return `${heading}<label class="choice"><input type="checkbox" name="${key}" value="${escapeHtml(c.value)}"${checked}><span>${c.label}</span></label>`;
    })
    .join('');
  return `<div class="el-choices el-multi" data-el="${key}" role="group">${items}</div>`;
}

function selectHtml(key, choices, selected, multiple, placeholderHtml, extraClass = '') {
  if (multiple) return multiHtml(key, choices, selected);
  const chosenSet = new Set(selected);
  const grouped = new Map();
  for (const choice of choices) {
    const group = choice.group ?? '';
    if (!grouped.has(group)) grouped.set(group, []);
    grouped.get(group).push(choice);
  }
  const optionHtml = (c) =>
    `<option value="${escapeHtml(c.value)}"${chosenSet.has(String(c.value)) ? ' selected' : ''}>${c.label}</option>`;
  let inner = multiple ? '' : `<option value="">${placeholderHtml}</option>`;
  for (const [group, list] of grouped) {
    const options = list.map(optionHtml).join('');
    inner += group ? `<optgroup label="${escapeHtml(group)}">${options}</optgroup>` : options;
  }
  const size = multiple ? ` size="${Math.min(Math.max(choices.length, 2), 5)}" multiple` : '';
  return `<select class="el-select ${extraClass}" data-el="${key}"${size}>${inner}</select>`;
}

function staticChoices(element) {
  if (Array.isArray(element.option_groups)) {
    let index = 0;
    return element.option_groups.flatMap((g) =>
      (g.options ?? []).map((o) => ({
        value: String(index++),
        label: plainTextToHtml(o.text?.text ?? ''),
        group: g.label?.text ?? '',
      })),
    );
  }
  return flatOptions(element).map((o, index) => ({
    value: String(index),
    label: plainTextToHtml(o.text?.text ?? ''),
  }));
}

/** One interactive element (or an image) inside a section, actions, context or input block. */
export function elementHtml(element, blockId, place, ctx, dispatch = false) {
  if (!element || typeof element.type !== 'string') return '';
  if (element.type === 'image') {
    return `<span class="img-placeholder small" title="${escapeHtml(element.alt_text ?? '')}">🖼</span>`;
  }
  const key = register(ctx, element, blockId, place, dispatch);
  const state = place === 'input' || place === 'view' ? ctx.valueFor(blockId, element.action_id) : undefined;
  const selected = chosen(element, state);
  const aria = ` aria-label="${escapeHtml(element.placeholder?.text ?? element.action_id ?? element.type)}"`;
  switch (element.type) {
    case 'button': {
      const style =
        element.style === 'primary' ? ' btn-primary' : element.style === 'danger' ? ' btn-danger' : '';
      return `<button type="button" class="btn${style}" data-el="${key}">${textHtml(element.text, ctx)}</button>`;
    }
    case 'overflow': {
      const choices = staticChoices(element);
      return selectHtml(key, choices, [], false, '⋯', 'el-overflow').replace(
        '<select',
        `<select title="${escapeHtml(ctx.strings.more)}"`,
      );
    }
    case 'static_select':
    case 'multi_static_select':
      return selectHtml(
        key,
        staticChoices(element),
        selected,
        element.type.startsWith('multi'),
        placeholder(element, ctx.strings.select, ctx),
      );
    case 'external_select':
    case 'multi_external_select':
      return `<select class="el-select" data-el="${key}" disabled><option>${escapeHtml(ctx.strings.unsupported)}</option></select>`;
    case 'users_select':
    case 'multi_users_select': {
      const choices = ctx.users.map((u) => ({ value: u.id, label: escapeHtml(u.label) }));
      return selectHtml(
        key,
        choices,
        selected,
        element.type.startsWith('multi'),
        placeholder(element, ctx.strings.selectUser, ctx),
      );
    }
    case 'conversations_select':
    case 'multi_conversations_select':
    case 'channels_select':
    case 'multi_channels_select': {
      const choices = ctx.channels.map((c) => ({ value: c.id, label: escapeHtml(`#${c.label}`) }));
      return selectHtml(
        key,
        choices,
        selected,
        element.type.startsWith('multi'),
        placeholder(element, ctx.strings.selectConversation, ctx),
      );
    }
    case 'datepicker':
      return `<input type="date" class="el-input" data-el="${key}" value="${escapeHtml(selected[0] ?? '')}"${aria}>`;
    case 'timepicker':
      return `<input type="time" class="el-input" data-el="${key}" value="${escapeHtml(selected[0] ?? '')}"${aria}>`;
    case 'datetimepicker':
      return `<input type="datetime-local" class="el-input" data-el="${key}" value="${escapeHtml(selected[0] ?? '')}"${aria}>`;
    case 'radio_buttons':
    case 'checkboxes': {
      const kind = element.type === 'radio_buttons' ? 'radio' : 'checkbox';
      const set = new Set(selected);
      const items = flatOptions(element)
        .map((o, i) => {
          const description = o.description
            ? `<span class="choice-description">${textHtml(o.description, ctx)}</span>`
            : '';
          const checked = set.has(String(i)) ? ' checked' : '';
          return `<label class="choice"><input type="${kind}" name="${key}" value="${i}"${checked}><span>${textHtml(o.text, ctx)}${description}</span></label>`;
        })
        .join('');
      return `<div class="el-choices" data-el="${key}" role="group">${items}</div>`;
    }
    case 'number_input': {
      const step = element.is_decimal_allowed ? 'any' : '1';
      const min = element.min_value !== undefined ? ` min="${escapeHtml(element.min_value)}"` : '';
      const max = element.max_value !== undefined ? ` max="${escapeHtml(element.max_value)}"` : '';
      return `<input type="number" class="el-input" step="${step}"${min}${max} data-el="${key}" value="${escapeHtml(selected[0] ?? '')}" placeholder="${escapeHtml(element.placeholder?.text ?? '')}"${aria}>`;
    }
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'rich_text_input': {
      const value = typeof selected[0] === 'string' ? selected[0] : '';
      const max = element.max_length ? ` maxlength="${escapeHtml(element.max_length)}"` : '';
      const hint = ` placeholder="${escapeHtml(element.placeholder?.text ?? '')}"${aria}${max}`;
      if (element.multiline || element.type === 'rich_text_input') {
        return `<textarea class="el-input" rows="4" data-el="${key}"${hint}>${escapeHtml(value)}</textarea>`;
      }
      const inputType =
        element.type === 'email_text_input' ? 'email' : element.type === 'url_text_input' ? 'url' : 'text';
      return `<input type="${inputType}" class="el-input" data-el="${key}" value="${escapeHtml(value)}"${hint}>`;
    }
    default:
      return `<span class="unsupported">${escapeHtml(element.type)}</span>`;
  }
}
