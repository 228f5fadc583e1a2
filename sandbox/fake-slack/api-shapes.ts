/** Users, conversations, messages and views shaped as the Web API returns them. */
import type { Workspace } from './state.js';
import type { FakeChannel, FakeUser, FakeView, JsonObject, SlackMessage } from './types.js';

function tzDetails(tz: string, at: number): { tz_label: string; tz_offset: number } {
  try {
    const part = (style: 'long' | 'longOffset') =>
      new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part('longOffset'));
    const offset = match
      ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60)
      : 0;
    return { tz_label: part('long'), tz_offset: offset };
  } catch {
    return { tz_label: tz, tz_offset: 0 };
  }
}

export function slackUser(ws: Workspace, user: FakeUser, includeLocale: boolean): JsonObject {
  const out: JsonObject = {
    id: user.id,
    team_id: ws.identity.teamId,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    tz: user.tz,
    ...tzDetails(user.tz, ws.now()),
    is_bot: user.isBot,
    is_admin: false,
    is_app_user: false,
    profile: {
      real_name: user.realName,
      display_name: user.name,
      ...(user.email ? { email: user.email } : {}),
    },
  };
  if (includeLocale) out.locale = user.locale;
  return out;
}

export function slackChannel(channel: FakeChannel): JsonObject {
  const out: JsonObject = {
    id: channel.id,
    created: channel.created,
    is_archived: channel.isArchived,
    is_im: channel.isIm,
    is_mpim: false,
    is_private: channel.isPrivate,
  };
  if (channel.isIm) {
    out.user = channel.imUser;
    return out;
  }
  return {
    ...out,
    name: channel.name,
    name_normalized: channel.name,
    is_channel: !channel.isPrivate,
    is_group: channel.isPrivate,
    is_general: false,
    is_member: channel.botIsMember,
    num_members: channel.members.length + (channel.botIsMember ? 1 : 0),
  };
}

/** A message as the Web API returns it: without our `channel` bookkeeping field. */
export function slackMessage(message: SlackMessage, includeMetadata = true): JsonObject {
  const { channel: _channel, metadata, ...rest } = message;
  return includeMetadata && metadata ? { ...rest, metadata } : { ...rest };
}

/** A view as Slack returns it: without the fake-only fields. */
export function slackView(view: FakeView): JsonObject {
  const { user_id: _user, errors: _errors, ...rest } = view;
  return structuredClone(rest);
}
