/**
 * A Block Kit renderer for the sandbox page: blocks in, HTML out. Pure (no DOM), so Node tests
 * import it. Every string from a block is escaped (see mrkdwn.js). Interactive elements are
 * registered in `ctx.elements` under a key written to `data-el`; app.js looks the element up there
 * when the user clicks or types, and turns the DOM value into Slack's payload with
 * {@link stateValueFromRaw} and {@link actionFromRaw}.
 */
import { escapeHtml, linkHtml, mrkdwnToHtml, plainTextToHtml, replaceEmoji } from './mrkdwn.js';

const DEFAULT_STRINGS = {
  select: 'Select an option',
  selectUser: 'Select a person',
  selectConversation: 'Select a conversation',
  optional: '(optional)',
  image: 'Image',
  file: 'File',
  unsupported: 'Block not shown in the sandbox',
  more: 'More actions',
};

/**
 * ctx options: `lookup` ({ userName(id), channelName(id) } for mentions), `users` and `channels`
 * ([{ id, label }] for the user and conversation selects), `strings` (the page's words),
 * `valueFor(blockId, actionId)` (what the user already entered, as a view state value),
 * `errors` ({ [blockId]: message } from `response_action: 'errors'`).
 */
export function createRenderContext(options = {}) {
  return {
    lookup: options.lookup ?? {},
    users: options.users ?? [],
    channels: options.channels ?? [],
    strings: { ...DEFAULT_STRINGS, ...options.strings },
    valueFor: options.valueFor ?? (() => undefined),
    errors: options.errors ?? {},
    elements: new Map(),
    /** Keys start with it, so several rendered areas of one page never share a key. */
    prefix: options.prefix ?? 'e',
    next: 0,
  };
}

/** Text objects: mrkdwn or plain_text. */
export function textHtml(object, ctx) {
  if (!object || typeof object.text !== 'string') return '';
  return object.type === 'mrkdwn'
    ? mrkdwnToHtml(object.text, ctx.lookup)
    : plainTextToHtml(object.text, object.emoji !== false);
}

function register(ctx, element, blockId, place, dispatch) {
  const key = `${ctx.prefix}${ctx.next++}`;
  // Outside input blocks every change is an action; inside, only when the block asks (dispatch_action).
  ctx.elements.set(key, { element, blockId, place, dispatch: place !== 'input' || dispatch === true });
  return key;
}

/** The options of a select, overflow, radio or checkbox group, option groups flattened. */
export function flatOptions(element) {
  if (Array.isArray(element.options)) return element.options;
  if (Array.isArray(element.option_groups)) return element.option_groups.flatMap((g) => g.options ?? []);
  return [];
}

function asArray(value) {
  return Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
}

function option(element, index) {
  const found = flatOptions(element)[Number(index)];
  if (!found) return null;
  return {
    text: found.text,
    value: found.value,
    ...(found.description ? { description: found.description } : {}),
  };
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Epoch seconds → the `YYYY-MM-DDTHH:MM` a datetime-local input takes, in the browser's zone. */
function localDateTimeValue(seconds) {
  if (typeof seconds !== 'number') return '';
  const d = new Date(seconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The view state value Slack sends for an input, from what the DOM holds: a string, or a list of
 * strings for multi selects and checkboxes. Static options travel in the DOM as their index.
 */
export function stateValueFromRaw(element, raw) {
  const type = element.type;
  const one = Array.isArray(raw) ? raw[0] : raw;
  const single = one === undefined || one === null || one === '' ? null : String(one);
  switch (type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return { type, selected_option: single === null ? null : option(element, single) };
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return {
        type,
        selected_options: asArray(raw)
          .map((i) => option(element, i))
          .filter(Boolean),
      };
    case 'users_select':
      return { type, selected_user: single };
    case 'multi_users_select':
      return { type, selected_users: asArray(raw).map(String) };
    case 'conversations_select':
      return { type, selected_conversation: single };
    case 'multi_conversations_select':
      return { type, selected_conversations: asArray(raw).map(String) };
    case 'channels_select':
      return { type, selected_channel: single };
    case 'multi_channels_select':
      return { type, selected_channels: asArray(raw).map(String) };
    case 'datepicker':
      return { type, selected_date: single };
    case 'timepicker':
      return { type, selected_time: single };
    case 'datetimepicker':
      return {
        type,
        selected_date_time: single === null ? null : Math.floor(new Date(single).getTime() / 1000),
      };
    default:
      return { type, value: single };
  }
}

/** What /api/action sends for a click or change: the fields `FakeSlack.sendBlockAction` takes. */
export function actionFromRaw(element, raw) {
  if (element.type === 'button') return {};
  if (element.type === 'overflow') {
    const selected = option(element, Array.isArray(raw) ? raw[0] : raw);
    return selected ? { selectedOption: selected } : {};
  }
  const state = stateValueFromRaw(element, raw);
  const { type: _type, ...fields } = state;
  if ('selected_option' in fields)
    return fields.selected_option ? { selectedOption: fields.selected_option } : {};
  if ('value' in fields) return fields.value === null ? {} : { value: fields.value };
  return { extra: fields };
}

/** What an element shows as chosen: the user's entry when there is one, else its initial value. */
function chosen(element, state) {
  const has = state !== undefined && state !== null;
  const indexOf = (value) => flatOptions(element).findIndex((o) => o.value === value);
  switch (element.type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons': {
      const value = has ? state.selected_option?.value : element.initial_option?.value;
      return value === undefined ? [] : [String(indexOf(value))];
    }
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes': {
      const list = has ? state.selected_options : element.initial_options;
      return asArray(list).map((o) => String(indexOf(o.value)));
    }
    case 'users_select':
      return asArray(has ? state.selected_user : element.initial_user);
    case 'multi_users_select':
      return asArray(has ? state.selected_users : element.initial_users);
    case 'conversations_select':
      return asArray(has ? state.selected_conversation : element.initial_conversation);
    case 'multi_conversations_select':
      return asArray(has ? state.selected_conversations : element.initial_conversations);
    case 'channels_select':
      return asArray(has ? state.selected_channel : element.initial_channel);
    case 'multi_channels_select':
      return asArray(has ? state.selected_channels : element.initial_channels);
    case 'datepicker':
      return asArray(has ? state.selected_date : element.initial_date);
    case 'timepicker':
      return asArray(has ? state.selected_time : element.initial_time);
    case 'datetimepicker':
      return asArray(localDateTimeValue(has ? state.selected_date_time : element.initial_date_time));
    default:
      return asArray(has ? state.value : element.initial_value);
  }
}

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

// ── rich text ──────────────────────────────────────────────────────────────

function richInline(el, ctx) {
  let html;
  switch (el.type) {
    case 'text':
      html = escapeHtml(el.text).replace(/\n/g, '<br>');
      break;
    case 'link':
      html = linkHtml(el.url ?? '', el.text ?? el.url ?? '');
      break;
    case 'user':
      html = `<span class="mention">@${escapeHtml(ctx.lookup.userName?.(el.user_id) ?? el.user_id)}</span>`;
      break;
    case 'channel':
      html = `<span class="channel-link">#${escapeHtml(ctx.lookup.channelName?.(el.channel_id) ?? el.channel_id)}</span>`;
      break;
    case 'emoji':
      html = el.unicode
        ? escapeHtml(String.fromCodePoint(...el.unicode.split('-').map((h) => Number.parseInt(h, 16))))
        : replaceEmoji(escapeHtml(`:${el.name}:`));
      break;
    case 'broadcast':
      html = `<span class="mention">@${escapeHtml(el.range)}</span>`;
      break;
    case 'date':
      html = escapeHtml(el.fallback ?? new Date((el.timestamp ?? 0) * 1000).toLocaleString());
      break;
    default:
      html = escapeHtml(el.text ?? '');
  }
  const s = el.style ?? {};
  if (s.code) html = `<code>${html}</code>`;
  if (s.bold) html = `<strong>${html}</strong>`;
  if (s.italic) html = `<em>${html}</em>`;
  if (s.strike) html = `<del>${html}</del>`;
  return html;
}

function richElement(el, ctx) {
  const inline = (list) => (list ?? []).map((x) => richInline(x, ctx)).join('');
  switch (el.type) {
    case 'rich_text_section':
      return `<div class="rt-section">${inline(el.elements)}</div>`;
    case 'rich_text_preformatted':
      return `<pre class="code-block">${inline(el.elements)}</pre>`;
    case 'rich_text_quote':
      return `<blockquote>${inline(el.elements)}</blockquote>`;
    case 'rich_text_list': {
      const tag = el.style === 'ordered' ? 'ol' : 'ul';
      const items = (el.elements ?? []).map((item) => `<li>${inline(item.elements)}</li>`).join('');
      return `<${tag} class="rt-list indent-${Number(el.indent ?? 0)}">${items}</${tag}>`;
    }
    default:
      return '';
  }
}

// ── blocks ─────────────────────────────────────────────────────────────────

function blockHtml(block, surface, ctx) {
  const id = typeof block.block_id === 'string' ? block.block_id : '';
  const wrap = (inner, extra = '') =>
    `<div class="block block-${escapeHtml(block.type)}${extra}" data-block-id="${escapeHtml(id)}">${inner}</div>`;
  const place = surface === 'message' ? 'message' : 'view';
  switch (block.type) {
    case 'section': {
      const text = block.text ? `<div class="section-text">${textHtml(block.text, ctx)}</div>` : '';
      const fields = Array.isArray(block.fields)
        ? `<div class="section-fields">${block.fields.map((f) => `<div class="field">${textHtml(f, ctx)}</div>`).join('')}</div>`
        : '';
      const accessory = block.accessory
        ? `<div class="section-accessory">${
            block.accessory.type === 'image'
              ? `<span class="img-placeholder thumb" title="${escapeHtml(block.accessory.alt_text ?? '')}">🖼</span>`
              : elementHtml(block.accessory, id, place, ctx)
          }</div>`
        : '';
      return wrap(`<div class="section-main">${text}${fields}</div>${accessory}`);
    }
    case 'header':
      return wrap(`<h3 class="header-text">${textHtml({ ...block.text, type: 'plain_text' }, ctx)}</h3>`);
    case 'divider':
      return wrap('<hr>');
    case 'context': {
      const items = (block.elements ?? [])
        .map((el) =>
          el.type === 'image'
            ? `<span class="img-placeholder tiny" title="${escapeHtml(el.alt_text ?? '')}">🖼</span>`
            : `<span class="context-item">${textHtml(el, ctx)}</span>`,
        )
        .join('');
      return wrap(items);
    }
    case 'actions':
      return wrap((block.elements ?? []).map((el) => elementHtml(el, id, place, ctx)).join(''));
    case 'image': {
      const title = block.title ? `<div class="image-title">${textHtml(block.title, ctx)}</div>` : '';
      return wrap(
        `${title}<div class="img-placeholder large" role="img" aria-label="${escapeHtml(block.alt_text ?? '')}">🖼 ${escapeHtml(block.alt_text ?? ctx.strings.image)}</div>`,
      );
    }
    case 'input': {
      const error = ctx.errors[id];
      const optional = block.optional
        ? ` <span class="optional">${escapeHtml(ctx.strings.optional)}</span>`
        : '';
      const label = `<label class="input-label">${textHtml({ ...block.label, type: 'plain_text' }, ctx)}${optional}</label>`;
      const hint = block.hint ? `<div class="input-hint">${textHtml(block.hint, ctx)}</div>` : '';
      const errorHtml = error ? `<div class="input-error" role="alert">${escapeHtml(error)}</div>` : '';
      const element = elementHtml(block.element, id, 'input', ctx, block.dispatch_action === true);
      return wrap(`${label}${element}${errorHtml}${hint}`, error ? ' has-error' : '');
    }
    case 'rich_text':
      return wrap((block.elements ?? []).map((el) => richElement(el, ctx)).join(''));
    case 'markdown':
      return wrap(mrkdwnToHtml(String(block.text ?? '').replace(/\*\*/g, '*'), ctx.lookup));
    case 'file':
      return wrap(
        `<div class="file-card">📄 ${escapeHtml(ctx.strings.file)} ${escapeHtml(block.external_id ?? '')}</div>`,
      );
    default:
      return wrap(
        `<div class="unsupported">${escapeHtml(ctx.strings.unsupported)}: ${escapeHtml(block.type)}</div>`,
      );
  }
}

/** Blocks → HTML. `surface` is `message`, `modal` or `home`; inputs keep what `ctx.valueFor` returns. */
export function renderBlocks(blocks, surface, ctx) {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter((b) => b && typeof b === 'object')
    .map((b) => blockHtml(b, surface, ctx))
    .join('');
}
