/** The `views.*` methods: modals on a stack of at most three, and the home tab. */
import type { Handler } from './api-args.js';
import { ApiError } from './api-error.js';
import { requireView } from './api-rules.js';
import { slackView } from './api-shapes.js';

export const VIEW_METHODS: Record<string, Handler> = {
  'views.open': (args, { ws }) => {
    const input = requireView(ws, args.value('view'), 'modal');
    const triggerId = args.string('trigger_id') ?? args.string('interactivity_pointer');
    const userId = ws.peekTrigger(triggerId);
    const view = ws.openModal(userId, input);
    ws.exchangeTrigger(triggerId);
    return { ok: true, view: slackView(view) };
  },

  'views.push': (args, { ws }) => {
    const input = requireView(ws, args.value('view'), 'modal');
    const triggerId = args.string('trigger_id') ?? args.string('interactivity_pointer');
    const userId = ws.peekTrigger(triggerId);
    const view = ws.pushModal(userId, input);
    ws.exchangeTrigger(triggerId);
    return { ok: true, view: slackView(view) };
  },

  'views.update': (args, { ws }) => {
    const viewId = args.string('view_id');
    const externalId = args.string('external_id');
    if (!viewId && !externalId) {
      throw new ApiError('invalid_arguments', ['[ERROR] either view_id or external_id is required']);
    }
    const view = viewId ? ws.views.get(viewId) : ws.findViewByExternalId(externalId ?? '');
    if (!view) throw new ApiError('not_found');
    const input = requireView(ws, args.value('view'), view.type);
    const hash = args.string('hash');
    if (hash && hash !== view.hash) throw new ApiError('hash_conflict');
    return { ok: true, view: slackView(ws.updateView(view, input)) };
  },

  'views.publish': (args, { ws }) => {
    const user = ws.requireUser(args.required('user_id', 'user_not_found'));
    const input = requireView(ws, args.value('view'), 'home');
    const hash = args.string('hash');
    const existingId = ws.homeViews.get(user.id);
    const existing = existingId ? ws.views.get(existingId) : undefined;
    if (hash && existing && hash !== existing.hash) throw new ApiError('hash_conflict');
    return { ok: true, view: slackView(ws.publishHome(user.id, input)) };
  },
};
