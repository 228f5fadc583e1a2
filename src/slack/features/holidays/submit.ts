import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { addHolidayWithAudit } from '../../../db/queries/holidays.js';
import { isAdmin } from '../../../domain/permissions.js';
import { formatLocalDate } from '../../../domain/time/cadence-text.js';

import { isValidLocalDate, localDateOf } from '../../../domain/time/calendar.js';
import { nationalHolidays } from '../../../domain/time/holidays.js';
import { type Locale, t } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { baseBlockId, versionedBlockId } from '../../kit/block-ids.js';
import { realBlockIds } from '../../kit/form-state.js';
import { escapeMrkdwn } from '../../kit/message.js';
import type { SubmitArgs } from '../../kit/submission.js';
import { type FieldErrors, parseJson, readViewState } from '../../kit/view-state.js';
import { holidaysModalView } from './flow.js';
import { holidaysIds } from './ids.js';

const holidayMetadata = z.object({ g: z.number().int().min(0) });
const holidayName = z.string().trim().min(1).max(100);

function submitHolidays(services: Services) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const userId = body.user.id;
    const teamId = view.team_id;
    const locale: Locale = await services.locales.forUserQuickly(client, userId);
    const g = holidayMetadata.safeParse(parseJson(view.private_metadata));
    if (!g.success) {
      await ack(refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: userId }));
      return;
    }
    const generation = g.data.g;
    const real = realBlockIds(view.state.values);
    const blockId = (field: string, gen: number) => real.get(field) ?? versionedBlockId(field, gen);
    const dateBlock = blockId(holidaysIds.holidayDateBlock, generation);
    const nameBlock = blockId(holidaysIds.holidayNameBlock, generation);
    if (!isAdmin(services.config.admins, userId)) {
      await ack({ response_action: 'errors', errors: { [dateBlock]: t(locale, 'admin.only') } });
      return;
    }
    const state = readViewState(view.state.values);
    const byField: Record<string, unknown> = {};
    for (const [block, value] of Object.entries(state)) byField[baseBlockId(block)] = value;
    const date =
      typeof byField[holidaysIds.holidayDateBlock] === 'string'
        ? String(byField[holidaysIds.holidayDateBlock])
        : '';
    const name = holidayName.safeParse(byField[holidaysIds.holidayNameBlock]);
    const today = localDateOf(services.clock(), services.config.timeZone);
    const errors: FieldErrors = {};
    const national = isValidLocalDate(date)
      ? nationalHolidays(Number(date.slice(0, 4)), locale).find((holiday) => holiday.date === date)
      : undefined;
    if (date.trim() === '') errors[dateBlock] = t(locale, 'validation.required');
    else if (!isValidLocalDate(date)) errors[dateBlock] = t(locale, 'validation.date');
    else if (date < today) errors[dateBlock] = t(locale, 'holiday.error.past');
    // Reminders already skip a national holiday; a second entry would only confuse the list.
    else if (national) errors[dateBlock] = t(locale, 'holiday.error.national', { name: national.name });
    if (!name.success) errors[nameBlock] = t(locale, 'validation.required');
    if (Object.keys(errors).length > 0 || !name.success) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const added = addHolidayWithAudit(services.db, {
      teamId,
      date,
      name: name.data,
      actorId: userId,
      now: services.clock(),
    });
    if (!added) {
      await ack({ response_action: 'errors', errors: { [dateBlock]: t(locale, 'holiday.error.duplicate') } });
      return;
    }
    // Stay open on the refreshed list, with empty inputs, so an admin can add several dates in a row.
    await ack({
      response_action: 'update',
      view: holidaysModalView(services, {
        teamId,
        locale,
        generation: generation + 1,
        notice: t(locale, 'holiday.modal.added', {
          date: formatLocalDate(date, locale),
          name: escapeMrkdwn(added.name),
        }),
      }),
    });
  };
}

export function registerHolidaysViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(holidaysIds.holidaysModal, submitHolidays(services));
}
