/** The selects and buttons inside a modal that redraw it for a choice (goals, progress, roles). */
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import type { Services } from '../../services.js';
import type { ModalRequest } from './modal.js';
import { parseMetadata } from './modal.js';
import { PARTNERSHIP_SELECT_BLOCK } from './partnership-select.js';
import { refuse } from './refuse.js';

/** Ids travel as strings in option values and button values; anything else is not an id. */
export const idValue = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);

export function parseId(value: unknown): number | null {
  const parsed = idValue.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type ViewAction<A extends ButtonAction | StaticSelectAction> = SlackActionMiddlewareArgs<
  BlockAction<A>
> &
  AllMiddlewareArgs;

/** Who is acting, in which modal: the view's metadata says which partnership, never who may. */
export async function modalContext(services: Services, args: ViewAction<ButtonAction | StaticSelectAction>) {
  const { body, client } = args;
  const view = body.view;
  if (!view) return undefined;
  const teamId = body.team?.id ?? body.user.team_id ?? view.team_id;
  const locale = await services.locales.forUser(client, body.user.id);
  const base: Omit<ModalRequest, 'partnershipId'> = {
    teamId,
    userId: body.user.id,
    locale,
    withSelect: view.blocks.some((b) => b.block_id === PARTNERSHIP_SELECT_BLOCK),
  };
  const metadata = parseMetadata(view.private_metadata);
  if (!metadata) {
    const actionId = body.actions[0]?.action_id ?? '';
    refuse(services.logger, {
      kind: body.type,
      id: actionId,
      user: body.user.id,
      reason: 'private_metadata',
    });
    return undefined;
  }
  return { viewId: view.id, base, metadata };
}

export type ModalContext = NonNullable<Awaited<ReturnType<typeof modalContext>>>;

/**
 * A select or button inside the goal, progress or role modal: redraws the modal for the choice
 * (`value` is the chosen option's or the button's value, parsed by `build`).
 */
export function redraw(
  services: Services,
  build: (ctx: ModalContext, value: string | undefined) => ModalView,
): (args: ViewAction<ButtonAction | StaticSelectAction>) => Promise<void> {
  return async (args) => {
    await args.ack();
    const ctx = await modalContext(services, args);
    if (!ctx) return;
    const value = args.action.type === 'button' ? args.action.value : args.action.selected_option?.value;
    await args.client.views.update({ view_id: ctx.viewId, view: build(ctx, value) });
  };
}

/** A button's listener arguments. */
export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** A static select's listener arguments. */
export type SelectArgs = SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>> & AllMiddlewareArgs;
