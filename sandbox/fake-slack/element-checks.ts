/** Checks of interactive elements: buttons, selects, pickers, inputs and images, each with Slack's limits. */

import {
  type Checker,
  checkConfirm,
  checkImage,
  checkInitialOptions,
  checkOptions,
  checkSelect,
  checkString,
  checkTextObject,
} from './block-checker.js';
import { isObject, LIMITS } from './block-limits.js';
import type { JsonObject } from './types.js';

const SELECTS = [
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
] as const;
const MULTI_SELECTS = SELECTS.map((type) => `multi_${type}`);

export const ACTION_ELEMENTS = new Set<string>([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'overflow',
  'radio_buttons',
  'timepicker',
  'workflow_button',
  ...SELECTS,
  ...MULTI_SELECTS,
]);
export const ACCESSORY_ELEMENTS = new Set<string>([...ACTION_ELEMENTS, 'image']);
export const INPUT_ELEMENTS = new Set<string>([
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'email_text_input',
  'file_input',
  'number_input',
  'plain_text_input',
  'radio_buttons',
  'rich_text_input',
  'timepicker',
  'url_text_input',
  ...SELECTS,
  ...MULTI_SELECTS,
]);

export function checkElement(c: Checker, path: string, el: unknown, allowed: ReadonlySet<string>): void {
  if (!isObject(el)) {
    c.error(path, 'must provide an object');
    return;
  }
  const type = el.type;
  if (typeof type !== 'string') {
    c.error(`${path}/type`, 'missing required field');
    return;
  }
  if (!allowed.has(type)) {
    c.error(`${path}/type`, `unsupported element type here: ${type}`);
    return;
  }
  checkString(c, `${path}/action_id`, el.action_id, { max: LIMITS.id });
  checkConfirm(c, `${path}/confirm`, el.confirm);

  switch (type) {
    case 'button':
      checkTextObject(c, `${path}/text`, el.text, {
        max: LIMITS.buttonText,
        required: true,
        plainOnly: true,
      });
      checkString(c, `${path}/value`, el.value, { max: LIMITS.buttonValue });
      checkString(c, `${path}/url`, el.url, { max: LIMITS.url });
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
        c.error(`${path}/style`, 'must be one of: primary, danger');
      }
      return;
    case 'static_select':
    case 'multi_static_select': {
      checkSelect(c, path, el);
      let options: JsonObject[] = [];
      if (el.option_groups !== undefined) {
        if (!Array.isArray(el.option_groups)) {
          c.error(`${path}/option_groups`, 'must provide an array');
          return;
        }
        if (el.option_groups.length > LIMITS.selectOptions) {
          c.error(`${path}/option_groups`, `no more than ${LIMITS.selectOptions} items allowed`);
        }
        el.option_groups.forEach((group, i) => {
          const groupPath = `${path}/option_groups/${i}`;
          if (!isObject(group)) {
            c.error(groupPath, 'must provide an object');
            return;
          }
          checkTextObject(c, `${groupPath}/label`, group.label, {
            max: LIMITS.optionText,
            required: true,
            plainOnly: true,
          });
          options = options.concat(
            checkOptions(c, `${groupPath}/options`, group.options, LIMITS.selectOptions, true),
          );
        });
      } else {
        options = checkOptions(c, `${path}/options`, el.options, LIMITS.selectOptions, true);
      }
      const initialKey = type === 'static_select' ? 'initial_option' : 'initial_options';
      checkInitialOptions(c, `${path}/${initialKey}`, el[initialKey], options);
      return;
    }
    case 'overflow':
      checkOptions(c, `${path}/options`, el.options, LIMITS.overflowOptions, true);
      return;
    case 'checkboxes':
    case 'radio_buttons': {
      const options = checkOptions(c, `${path}/options`, el.options, LIMITS.choiceOptions, false);
      const initialKey = type === 'radio_buttons' ? 'initial_option' : 'initial_options';
      checkInitialOptions(c, `${path}/${initialKey}`, el[initialKey], options);
      return;
    }
    case 'datepicker':
      checkSelect(c, path, el);
      if (el.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(el.initial_date))) {
        c.error(`${path}/initial_date`, 'must be in the format YYYY-MM-DD');
      }
      return;
    case 'timepicker':
      checkSelect(c, path, el);
      if (el.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(String(el.initial_time))) {
        c.error(`${path}/initial_time`, 'must be in the format HH:mm');
      }
      return;
    case 'plain_text_input': {
      checkSelect(c, path, el);
      for (const key of ['min_length', 'max_length'] as const) {
        const value = el[key];
        if (
          value !== undefined &&
          (typeof value !== 'number' || value < 0 || value > LIMITS.textInputLength)
        ) {
          c.error(`${path}/${key}`, `must be a number from 0 to ${LIMITS.textInputLength}`);
        }
      }
      const max = typeof el.max_length === 'number' ? el.max_length : LIMITS.textInputLength;
      checkString(c, `${path}/initial_value`, el.initial_value, { max });
      return;
    }
    case 'number_input':
      if (typeof el.is_decimal_allowed !== 'boolean')
        c.error(`${path}/is_decimal_allowed`, 'missing required field');
      checkSelect(c, path, el);
      return;
    case 'image':
      checkImage(c, path, el);
      return;
    default:
      // Other selects and inputs: only their placeholder has a limit worth checking.
      checkSelect(c, path, el);
  }
}
