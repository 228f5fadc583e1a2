/** The external file upload flow: `files.getUploadURLExternal` and `files.completeUploadExternal`. */
import type { Handler } from './api-args.js';
import { ApiError } from './api-error.js';
import { isObject } from './block-limits.js';

export const FILE_METHODS: Record<string, Handler> = {
  'files.getUploadURLExternal': (args, { ws, baseUrl }) => {
    const name = args.required('filename');
    const length = args.int('length');
    if (length === undefined || length < 0) {
      throw new ApiError('invalid_arguments', ['[ERROR] missing required field: length']);
    }
    const id = ws.nextId('F');
    // Slack documents `alt_txt`; the Node SDK sends `alt_text`.
    const altText = args.string('alt_txt') ?? args.string('alt_text');
    ws.pendingFiles.set(id, { id, name, length, ...(altText ? { altText } : {}) });
    return { ok: true, upload_url: `${baseUrl}upload/${id}`, file_id: id };
  },

  'files.completeUploadExternal': (args, { ws }) => {
    const files = args.value('files');
    if (!Array.isArray(files) || files.length === 0) {
      throw new ApiError('invalid_arguments', ['[ERROR] missing required field: files']);
    }
    const entries = files.map((entry) => {
      const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : '';
      const pending = ws.pendingFiles.get(id);
      if (!pending?.content) throw new ApiError('file_not_found');
      const title = isObject(entry) && typeof entry.title === 'string' ? entry.title : pending.name;
      return { pending, title };
    });
    const channelRef = args.string('channel_id') ?? args.string('channels');
    const channel = channelRef ? ws.resolveChannel(channelRef) : undefined;
    if (channel) ws.requireWritable(channel);
    const initialComment = args.string('initial_comment');
    const threadTs = args.string('thread_ts');
    const shared = entries.map(({ pending, title }) => {
      ws.pendingFiles.delete(pending.id);
      ws.files.push({
        id: pending.id,
        name: pending.name,
        title,
        content: pending.content ?? Buffer.alloc(0),
        completedAt: Date.now(),
        ...(pending.altText ? { altText: pending.altText } : {}),
        ...(channel ? { channel: channel.id } : {}),
        ...(initialComment ? { initialComment } : {}),
        ...(threadTs ? { threadTs } : {}),
      });
      return { id: pending.id, name: pending.name, title };
    });
    if (channel) {
      // Sharing a file posts a message carrying it, with the initial comment as its text.
      const message = ws.botMessage(channel.id, {
        text: initialComment ?? '',
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      message.files = shared;
      ws.addMessage(message);
    }
    return {
      ok: true,
      files: shared.map((f) => ({ ...f, size: ws.files.find((x) => x.id === f.id)?.content.length })),
    };
  },
};
