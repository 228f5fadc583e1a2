/** `api.test`, `auth.test` and the `chat.*` methods. */
import type { Handler } from './api-args.js';
import { ApiError } from './api-error.js';
import { messageContent } from './api-rules.js';
import { slackMessage } from './api-shapes.js';

export const CHAT_METHODS: Record<string, Handler> = {
  'api.test': (args) => ({ ok: true, args: args.raw }),
  // Answered before the bot-token check in callWebApi; listed so the method is known.
  'apps.connections.open': () => ({ ok: false, error: 'invalid_auth' }),

  'auth.test': (_args, { ws }) => ({
    ok: true,
    url: `https://${ws.identity.teamDomain}.slack.com/`,
    team: ws.identity.teamDomain,
    user: 'mitra',
    team_id: ws.identity.teamId,
    user_id: ws.identity.botUserId,
    bot_id: ws.identity.botId,
    is_enterprise_install: false,
  }),

  'chat.postMessage': (args, { ws }) => {
    const channel = ws.resolveChannel(args.required('channel', 'channel_not_found'));
    ws.requireWritable(channel);
    const content = messageContent(args.raw, true, ws);
    const threadTs = args.string('thread_ts');
    const message = ws.botMessage(channel.id, {
      text: content.text ?? '',
      ...(content.blocks ? { blocks: content.blocks } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    if (content.metadata) message.metadata = content.metadata;
    ws.addMessage(message);
    return { ok: true, channel: channel.id, ts: message.ts, message: slackMessage(message) };
  },

  'chat.postEphemeral': (args, { ws }) => {
    const channel = ws.resolveChannel(args.required('channel', 'channel_not_found'));
    const user = ws.requireUser(args.required('user', 'user_not_found'));
    ws.requireWritable(channel);
    if (!channel.members.includes(user.id)) throw new ApiError('user_not_in_channel');
    const content = messageContent(args.raw, true, ws);
    const message = ws.botMessage(channel.id, {
      text: content.text ?? '',
      ...(content.blocks ? { blocks: content.blocks } : {}),
    });
    ws.addEphemeral({ ...message, recipient: user.id, via: 'chat.postEphemeral' });
    return { ok: true, message_ts: message.ts };
  },

  'chat.update': (args, { ws }) => {
    const channel = ws.requireChannel(args.required('channel', 'channel_not_found'));
    const ts = args.required('ts', 'message_not_found');
    if (channel.isArchived) throw new ApiError('is_archived');
    const message = ws.findMessage(channel.id, ts);
    if (!message) throw new ApiError('message_not_found');
    if (message.user !== ws.identity.botUserId) throw new ApiError('cant_update_message');
    const content = messageContent(args.raw, false, ws);
    if (content.text === undefined && content.blocks === undefined) throw new ApiError('no_text');
    if (content.text !== undefined) message.text = content.text;
    // Slack keeps the previous blocks when none are given; an empty array removes them.
    if (content.blocks !== undefined) {
      if (content.blocks.length > 0) message.blocks = ws.normalizeBlocks(content.blocks);
      else delete message.blocks;
    }
    if (content.metadata) message.metadata = content.metadata;
    message.edited = { user: ws.identity.botUserId, ts: ws.nextTs() };
    ws.emit({ kind: 'messages', channelId: channel.id });
    return { ok: true, channel: channel.id, ts, text: message.text, message: slackMessage(message) };
  },

  'chat.delete': (args, { ws }) => {
    const channel = ws.requireChannel(args.required('channel', 'channel_not_found'));
    const ts = args.required('ts', 'message_not_found');
    const message = ws.findMessage(channel.id, ts);
    if (!message) throw new ApiError('message_not_found');
    if (message.user !== ws.identity.botUserId) throw new ApiError('cant_delete_message');
    ws.removeMessage(channel.id, ts);
    return { ok: true, channel: channel.id, ts };
  },

  'chat.getPermalink': (args, { ws, baseUrl }) => {
    const channel = ws.requireChannel(args.required('channel', 'channel_not_found'));
    const ts = args.required('message_ts', 'message_not_found');
    if (!ws.findMessage(channel.id, ts)) throw new ApiError('message_not_found');
    return {
      ok: true,
      channel: channel.id,
      permalink: `${baseUrl}archives/${channel.id}/p${ts.replace('.', '')}`,
    };
  },
};
