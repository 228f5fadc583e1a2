import type { WebClient } from '@slack/web-api';
import { listActionItems } from '../../../db/queries/action-items.js';
import { loadExportData } from '../../../db/queries/exports.js';
import { listUnitsOfPartnership } from '../../../db/queries/goals.js';
import { listMeetingNotes } from '../../../db/queries/meeting-notes.js';
import type { Partnership } from '../../../db/schema/index.js';
import { buildExportFiles } from '../../../domain/export-tables.js';
import { buildFollowThroughFiles } from '../../../domain/follow-through-export.js';
import { formatLocalDateTime } from '../../../domain/time/cadence-text.js';

import { localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { slackErrorCode } from '../../kit/post.js';

/** Display names are looked up for at most this many people per export; the rest show their id. */
const MAX_NAME_LOOKUPS = 200;

export type ExportResult =
  | { ok: true; fileCount: number; withAnswers: boolean }
  | { ok: false; error: string };

/**
 * `/mitra ekspor`: builds the CSV files and uploads them with Slack's external upload flow
 * (files.getUploadURLExternal → upload → files.completeUploadExternal, which `files.uploadV2`
 * performs) into the requester's DM with Mitra — never into the channel the command came from,
 * which may be shared: the files hold names and responsibilities, and an admin's export holds
 * individual answers. Individual answers are included only when `isAdmin`.
 */
export async function sendExport(
  services: Services,
  client: WebClient,
  params: { partnership: Partnership; userId: string; isAdmin: boolean; locale: Locale },
): Promise<ExportResult> {
  const { partnership, locale } = params;
  const t = translator(locale);
  const data = loadExportData(services.db, {
    teamId: partnership.teamId,
    partnershipId: partnership.id,
    withAnswers: params.isAdmin,
  });
  const scope = { teamId: partnership.teamId, partnershipId: partnership.id };
  const notes = listMeetingNotes(services.db, { ...scope, limit: 1000 });
  const items = listActionItems(services.db, { ...scope, limit: 1000 });
  const people = new Set<string>();
  for (const item of items) people.add(item.ownerUserId);
  for (const n of notes) for (const userId of [...n.attendees, n.recordedBy]) people.add(userId);
  for (const role of data.roles) people.add(role.userId);
  for (const goal of data.goals) if (goal.personInChargeId) people.add(goal.personInChargeId);
  for (const answer of data.answers) people.add(answer.userId);
  const names: Record<string, string> = {};
  for (const userId of [...people].slice(0, MAX_NAME_LOOKUPS)) {
    const name = await displayName(client, userId);
    if (name) names[userId] = name;
  }
  const channelNames: Record<string, string> = {};
  const channelIds = new Set([partnership.channelId, ...data.schedules.map((s) => s.channelId)]);
  for (const channelId of channelIds) {
    if (!channelId) continue;
    const name = await channelName(client, channelId);
    if (name) channelNames[channelId] = name;
  }
  const files = buildExportFiles(
    {
      code: partnership.code,
      timeZone: partnership.timeZone,
      today: localDateOf(services.clock(), partnership.timeZone),
      goals: data.goals,
      roles: data.roles,
      schedules: data.schedules,
      cycles: data.cycles,
      answers: params.isAdmin ? data.answers : null,
      names,
      defaultChannel: partnership.channelId,
      channelNames,
    },
    locale,
    t,
  );
  const unitNames = new Map(listUnitsOfPartnership(services.db, scope).map((u) => [u.id, u.name]));
  files.push(
    ...buildFollowThroughFiles(
      {
        code: partnership.code,
        today: localDateOf(services.clock(), partnership.timeZone),
        notes,
        items: items.map((i) => ({
          ...i,
          ownerUnit: i.ownerUnitId === null ? null : (unitNames.get(i.ownerUnitId) ?? null),
        })),
        names,
      },
      locale,
      t,
    ),
  );
  try {
    const opened = await client.conversations.open({ users: params.userId });
    const channel = opened.channel?.id;
    if (!channel) return { ok: false, error: 'channel_not_found' };
    await client.files.uploadV2({
      channel_id: channel,
      initial_comment: [
        t('export.comment', {
          code: partnership.code,
          date: formatLocalDateTime(services.clock(), partnership.timeZone, locale),
        }),
        t(params.isAdmin ? 'export.withAnswers' : 'export.withoutAnswers'),
      ].join('\n'),
      file_uploads: files.map((f) => ({
        file: Buffer.from(f.content, 'utf8'),
        filename: f.filename,
        title: f.title,
      })),
    });
  } catch (error) {
    services.logger.warn({ err: error, partnership: partnership.id }, 'export upload failed');
    return { ok: false, error: slackErrorCode(error) ?? 'upload_failed' };
  }
  return { ok: true, fileCount: files.length, withAnswers: params.isAdmin };
}

/** A channel's name for the export; unknown (no access, deleted) leaves the id in the file. */
async function channelName(client: WebClient, channelId: string): Promise<string | undefined> {
  try {
    const info = await client.conversations.info({ channel: channelId });
    return info.channel?.name || undefined;
  } catch {
    return undefined;
  }
}

async function displayName(client: WebClient, userId: string): Promise<string | undefined> {
  try {
    const info = await client.users.info({ user: userId });
    return info.user?.real_name || info.user?.profile?.real_name || info.user?.name || undefined;
  } catch {
    return undefined;
  }
}
