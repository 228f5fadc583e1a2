/**
 * Helpers for the goal, progress and role tests: open a modal with a command, act in it, and
 * build a submission from the modal's own blocks, as Slack does (every input block, with its
 * initial value unless the test types something else).
 */
import { WebClient } from '@slack/web-api';
import { expect } from 'vitest';
import type { FakeView, ViewStateValue, ViewStateValues } from '../../sandbox/fake-slack/index.js';
import { baseBlockId } from '../../src/slack/kit/block-ids.js';
import { type Harness, SHARED_CHANNEL } from './harness.js';
import { waitFor } from './wait.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a test types into a field: text, an option value, a user id, a date, or checkbox values. */
export type Typed = string | null | string[];

/** The block_id without its version (`goal_title:3-new` → `goal_title`). */
export const field = baseBlockId;

export function inputBlocks(view: FakeView): Json[] {
  return (view.blocks as unknown[]).filter((b): b is Json => isObj(b) && b.type === 'input');
}

export function block(view: FakeView, name: string): Json | undefined {
  return (view.blocks as unknown[]).find(
    (b): b is Json => isObj(b) && typeof b.block_id === 'string' && field(b.block_id) === name,
  );
}

export function element(view: FakeView, name: string): Json {
  const found = block(view, name);
  const el = found?.element ?? found?.accessory;
  if (!isObj(el)) throw new Error(`no input ${name} in the modal`);
  return el;
}

export function optionsOf(
  view: FakeView,
  name: string,
): { text: string; value: string; description?: string }[] {
  const options = element(view, name).options;
  if (!Array.isArray(options)) return [];
  return options.filter(isObj).map((o) => ({
    text: String((o.text as Json).text),
    value: String(o.value),
    ...(isObj(o.description) ? { description: String(o.description.text) } : {}),
  }));
}

/** Everything a person reads in the view, for language checks. */
export function viewText(view: FakeView): string {
  return JSON.stringify([view.title, view.submit, view.blocks]);
}

function stateValue(el: Json, typed: Typed | undefined): ViewStateValue {
  const type = String(el.type);
  const options = Array.isArray(el.options) ? el.options.filter(isObj) : [];
  const optionFor = (value: string) => {
    const found = options.find((o) => o.value === value);
    return {
      text: { type: 'plain_text' as const, text: found ? String((found.text as Json).text) : value },
      value,
    };
  };
  switch (type) {
    case 'plain_text_input':
      return {
        type,
        value:
          typed === undefined ? ((el.initial_value as string | undefined) ?? null) : (typed as string | null),
      };
    case 'radio_buttons':
    case 'static_select': {
      const initial = isObj(el.initial_option) ? String(el.initial_option.value) : null;
      const value = typed === undefined ? initial : (typed as string | null);
      return { type, selected_option: value === null ? null : optionFor(value) };
    }
    case 'users_select':
      return {
        type,
        selected_user:
          typed === undefined ? ((el.initial_user as string | undefined) ?? null) : (typed as string | null),
      };
    case 'datepicker':
      return {
        type,
        selected_date:
          typed === undefined ? ((el.initial_date as string | undefined) ?? null) : (typed as string | null),
      };
    case 'checkboxes': {
      const values = typed === undefined ? [] : Array.isArray(typed) ? typed : typed === null ? [] : [typed];
      return { type, selected_options: values.map(optionFor) };
    }
    default:
      throw new Error(`the test helper does not fill ${type}`);
  }
}

/** The state Slack would send: every input block, typed values over initial ones. */
export function stateFrom(view: FakeView, typed: Record<string, Typed> = {}): ViewStateValues {
  const values: ViewStateValues = {};
  for (const b of inputBlocks(view)) {
    const el = b.element as Json;
    const name = field(String(b.block_id));
    values[String(b.block_id)] = { [String(el.action_id)]: stateValue(el, typed[name]) };
  }
  return values;
}

export class GoalsFlow {
  constructor(private readonly h: Harness) {}

  /** Sends `/mitra <text>` and waits for the modal it opens (or fails). */
  async openWith(userId: string, text: string): Promise<FakeView> {
    const before = this.h.fake.callsTo('views.open').length;
    await this.h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
    await waitFor(() => this.h.fake.callsTo('views.open').length > before, {
      what: `a modal for /mitra ${text}`,
    });
    const call = this.h.fake.callsTo('views.open')[before];
    expect(call?.response.ok, JSON.stringify(call?.response)).toBe(true);
    return this.top(userId);
  }

  /** Sends `/mitra <text>` and returns the private answer; asserts no modal was opened. */
  async answerTo(userId: string, text: string): Promise<string> {
    const opens = this.h.fake.callsTo('views.open').length;
    const sent = await this.h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
    const post = await waitFor(() => this.h.fake.answersTo(sent.responseUrl)[0], {
      what: `an answer to /mitra ${text}`,
    });
    expect(this.h.fake.callsTo('views.open').length).toBe(opens);
    return String((post.body as Json).text ?? '');
  }

  top(userId: string): FakeView {
    const view = this.h.fake.openViews(userId).at(-1);
    if (!view) throw new Error(`no modal open for ${userId}`);
    return view;
  }

  /** Chooses an option of a select in the modal and waits for the modal to be updated. */
  async choose(userId: string, view: FakeView, name: string, value: string): Promise<FakeView> {
    const el = element(view, name);
    const option = optionsOf(view, name).find((o) => o.value === value);
    const before = this.updatesOf(view.id);
    await this.h.fake.sendBlockAction({
      userId,
      viewId: view.id,
      actionId: String(el.action_id),
      selectedOption: { text: { type: 'plain_text', text: option?.text ?? value }, value },
    });
    await waitFor(() => this.updatesOf(view.id) > before, {
      what: `the modal updated after ${name}`,
    });
    return this.top(userId);
  }

  /**
   * Updates of this one view: another modal's late update (e.g. a "saved" view getting its
   * charter link) must not be taken for the answer to this action.
   */
  private updatesOf(viewId: string): number {
    return this.h.fake.callsTo('views.update').filter((c) => c.args.view_id === viewId).length;
  }

  /** Clicks a button in the modal and waits for the modal to be updated. */
  async click(userId: string, view: FakeView, actionId: string, blockId: string): Promise<FakeView> {
    const before = this.updatesOf(view.id);
    await this.h.fake.sendBlockAction({ userId, viewId: view.id, actionId, blockId });
    await waitFor(() => this.updatesOf(view.id) > before, {
      what: `the modal updated after ${actionId}`,
    });
    return this.top(userId);
  }

  /** Submits the modal with these fields typed; the rest keep what the modal shows. */
  async submit(userId: string, view: FakeView, typed: Record<string, Typed> = {}) {
    const result = await this.h.fake.sendViewSubmission({
      userId,
      viewId: view.id,
      values: stateFrom(view, typed),
    });
    const errors =
      isObj(result.body) && isObj(result.body.errors) ? (result.body.errors as Record<string, string>) : {};
    // Field errors keyed by field name (revisions stripped), for readable asserts.
    const byField = Object.fromEntries(Object.entries(errors).map(([k, v]) => [field(k), v]));
    return { result, errors: byField };
  }

  /**
   * Rewrites the open modal's private_metadata as a tampered client could, through the Web API
   * with the bot token (the fake keeps the view's blocks and state).
   */
  async tamper(view: FakeView, metadata: Json): Promise<FakeView> {
    const client = new WebClient(this.h.fake.botToken, { slackApiUrl: this.h.fake.apiUrl });
    await client.views.update({
      view_id: view.id,
      view: {
        type: 'modal',
        callback_id: view.callback_id,
        title: { type: 'plain_text', text: view.title?.text ?? 'Mitra' },
        ...(view.submit ? { submit: { type: 'plain_text', text: view.submit.text } } : {}),
        private_metadata: JSON.stringify(metadata),
        blocks: view.blocks,
      },
    });
    return this.h.fake.view(view.id) as FakeView;
  }
}
