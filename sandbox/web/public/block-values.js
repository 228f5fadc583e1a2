/**
 * Element values: what a select, picker or input shows as chosen, and how a DOM value becomes
 * Slack's view state value or block action. Pure, so Node tests reach it through blocks.js.
 */

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
export function chosen(element, state) {
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
