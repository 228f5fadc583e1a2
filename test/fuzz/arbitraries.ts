import fc from 'fast-check';
import { partnershipsIds } from '../../src/slack/features/partnerships/ids.js';
import { SUBCOMMANDS } from '../../src/slack/kit/subcommands.js';
import { ALL_IDS } from '../support/all-ids.js';

/** What the fuzzer needs from the running test world: real ids, so payloads reach real code. */
export interface World {
  teamId: string;
  users: string[];
  channels: string[];
  /** Ids of modals open in the stand-in Slack, so views.update can succeed. */
  viewIds: string[];
  /** response_urls the stand-in Slack issued. */
  responseUrls: string[];
  partnershipIds: number[];
  goalIds: number[];
  unitIds: number[];
}

/** A signed request to send: a form (slash command, interactivity) or a JSON body (events). */
export interface FuzzRequest {
  kind: string;
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
  /**
   * The request carries a private_metadata no version of Mitra wrote (not JSON, not an object,
   * or every id of the wrong type), or is a view_submission whose state holds a value Slack never
   * sends: whatever the answer, it must change nothing.
   */
  tampered?: boolean;
}

const knownIds = ALL_IDS;
const commandWords = Object.values(SUBCOMMANDS).flatMap((s) => [s.word.id, s.word.en]);

/** Strings that tend to break parsers: numbers out of range, dates that are not, mrkdwn, ids. */
const nasty = fc.constantFrom(
  '',
  ' ',
  '0',
  '1',
  '-1',
  '2',
  '1.5',
  '1e309',
  '99999999999999999999',
  'NaN',
  'null',
  '{}',
  '[]',
  '{"a":',
  'PK-1',
  'PK-999',
  '2026-13-45',
  '2026-02-30',
  '2027-06-01',
  '1999-01-01',
  '25:99',
  '09:00',
  'C0SHARED',
  'CNOTEXIST',
  'UCOORD',
  'UADMIN',
  '<!channel>',
  '*bulanan*',
  '`x`',
  'a'.repeat(3_100),
  '__proto__',
  'constructor',
);
const text = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.integer().map(String));
const anyId = (world: World) =>
  fc.oneof(
    fc.constantFrom(...knownIds),
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom(...world.users),
  );
const idNumber = (world: World) =>
  fc.oneof(
    fc.constantFrom(...world.partnershipIds, ...world.goalIds, ...world.unitIds),
    fc.integer({ min: -5, max: 1_000_000 }),
    fc.constant(Number.MAX_SAFE_INTEGER + 2),
    fc.double(),
  );

/** JSON that looks like (or is not quite) one of Mitra's private_metadata formats, or garbage. */
function privateMetadata(world: World): fc.Arbitrary<string> {
  const value = fc.oneof(
    idNumber(world),
    fc.constant(null),
    text,
    fc.boolean(),
    fc.array(fc.integer(), { maxLength: 3 }),
  );
  const keys = fc.constantFrom(
    'partnershipId',
    'goalId',
    'assignmentId',
    'unitId',
    'cycleId',
    'p',
    's',
    'g',
    'c',
    'n',
    'template',
    'channel',
  );
  return fc.dictionary(keys, value, { maxKeys: 5 }).map((o) => JSON.stringify(o));
}

/** A private_metadata that none of Mitra's formats accepts: its payload must change nothing. */
const BROKEN_METADATA_KEYS = [
  'partnershipId',
  'goalId',
  'assignmentId',
  'unitId',
  'cycleId',
  'p',
  's',
  'g',
  'c',
  'n',
  'template',
  'channel',
];
const brokenMetadata: fc.Arbitrary<string> = fc.oneof(
  // Not JSON, or JSON that is not an object.
  text.filter((raw) => !isJsonObject(raw)),
  fc.constant(''),
  fc.array(fc.integer(), { maxLength: 3 }).map((a) => JSON.stringify(a)),
  // Every key of Mitra's formats present with a type none of them takes.
  fc
    .array(fc.constantFrom<unknown>(true, false, [1], { a: 1 }), {
      minLength: BROKEN_METADATA_KEYS.length,
      maxLength: BROKEN_METADATA_KEYS.length,
    })
    .map((values) => JSON.stringify(Object.fromEntries(BROKEN_METADATA_KEYS.map((k, i) => [k, values[i]])))),
);

function isJsonObject(raw: string): boolean {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * One input's entry in `view.state.values`: of the shape Slack sends (of whatever element type),
 * or broken — a value Slack never sends, which makes the whole submission one to refuse.
 */
function stateElement(world: World): fc.Arbitrary<{ element: Record<string, unknown>; broken: boolean }> {
  const option = text.map((value) => ({ text: { type: 'plain_text', text: 'x' }, value }));
  const wellFormed = fc.oneof(
    fc.record({
      type: fc.constantFrom('plain_text_input', 'number_input', 'url_text_input'),
      value: fc.option(text),
    }),
    fc.record({
      type: fc.constantFrom('static_select', 'radio_buttons', 'external_select'),
      selected_option: fc.option(option),
    }),
    fc.record({
      type: fc.constantFrom('multi_static_select', 'checkboxes'),
      selected_options: fc.array(option, { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('users_select'),
      selected_user: fc.option(fc.constantFrom(...world.users)),
    }),
    fc.record({
      type: fc.constant('multi_users_select'),
      selected_users: fc.array(fc.constantFrom(...world.users), { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constantFrom('conversations_select', 'channels_select'),
      selected_conversation: fc.option(text),
      selected_channel: fc.option(fc.constantFrom(...world.channels)),
    }),
    fc.record({ type: fc.constant('datepicker'), selected_date: fc.option(text) }),
    fc.record({ type: fc.constant('timepicker'), selected_time: fc.option(text) }),
  );
  // Broken: each one a value of another type than its element keeps, an unknown element type
  // holding no string, or no element type at all.
  const notText = fc.constantFrom<unknown>(0, -1, true, [], {}, ['x'], { value: 'x' });
  const notOption = fc.constantFrom<unknown>('x', 0, true, [], { value: 1 }, { text: 'x' });
  const notOptions = fc.constantFrom<unknown>('x', 0, {}, [1], ['x'], [{ value: 2 }], [null]);
  const notIds = fc.constantFrom<unknown>('U1', 0, {}, [0], [null], [['U1']]);
  const broken = fc.oneof(
    fc.record({ type: fc.constantFrom('plain_text_input', 'number_input'), value: notText }),
    fc.record({ type: fc.constantFrom('static_select', 'radio_buttons'), selected_option: notOption }),
    fc.record({ type: fc.constantFrom('checkboxes', 'multi_static_select'), selected_options: notOptions }),
    fc.record({ type: fc.constant('multi_users_select'), selected_users: notIds }),
    fc.record({ type: fc.constant('users_select'), selected_user: notText }),
    fc.record({ type: fc.constantFrom('datepicker'), selected_date: notText }),
    fc.record({ type: fc.constantFrom('timepicker'), selected_time: notText }),
    fc.record({ type: fc.string({ maxLength: 12 }).map((t) => `x_${t}`), value: notText }),
    fc.record({ value: fc.anything({ maxDepth: 1 }) }),
  );
  return fc.oneof(
    { arbitrary: wellFormed.map((element) => ({ element, broken: false })), weight: 8 },
    { arbitrary: broken.map((element) => ({ element, broken: true })), weight: 1 },
  );
}

/** A view's state, and whether any of it is broken. */
function stateValues(world: World) {
  const blockId = fc.oneof(
    fc.constantFrom(...knownIds),
    fc.constantFrom(...knownIds).map((id) => `${id}.1-2`),
    fc.constantFrom(...knownIds).map((id) => `${id}~3`),
    fc.constantFrom(
      'score_collaboration',
      'score_communication',
      'text_notes',
      'closes_date',
      'closes_time',
      'remind_lead',
      'managers',
    ),
    fc.string({ maxLength: 12 }),
  );
  return fc
    .dictionary(blockId, fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), stateElement(world)), {
      maxKeys: 8,
    })
    .map((blocks) => ({
      values: Object.fromEntries(
        Object.entries(blocks).map(([id, [actionId, { element }]]) => [id, { [actionId]: element }]),
      ),
      broken: Object.values(blocks).some(([, { broken }]) => broken),
    }));
}

/**
 * A view; whether its private_metadata is one no version of Mitra wrote; whether its state holds
 * a value Slack never sends (which a submission of it must not write past).
 */
function view(world: World, type: 'modal' | 'home' = 'modal') {
  return fc
    .record({
      id: fc.oneof(fc.constantFrom(...world.viewIds), fc.constant('VNOTOPEN')),
      team_id: fc.constant(world.teamId),
      type: fc.constant(type),
      callback_id: anyId(world),
      metadata: fc.oneof(
        { arbitrary: privateMetadata(world).map((raw) => ({ raw, tampered: false })), weight: 3 },
        { arbitrary: brokenMetadata.map((raw) => ({ raw, tampered: true })), weight: 1 },
      ),
      hash: fc.constant('h'),
      blocks: fc.constant([] as unknown[]),
      state: stateValues(world),
    })
    .map(({ metadata, state, ...rest }) => ({
      view: { ...rest, state: { values: state.values }, private_metadata: metadata.raw },
      tampered: metadata.tampered,
      brokenState: state.broken,
    }));
}

const user = (world: World) =>
  fc
    .constantFrom(...world.users)
    .map((id) => ({ id, username: id.toLowerCase(), name: id, team_id: world.teamId }));
const team = (world: World) => fc.constant({ id: world.teamId, domain: 'mitra' });

function blockAction(world: World) {
  return fc.record({
    type: fc.constantFrom(
      'button',
      'static_select',
      'overflow',
      'multi_users_select',
      'datepicker',
      'timepicker',
      'checkboxes',
    ),
    action_id: anyId(world),
    block_id: fc.oneof(fc.constantFrom(...knownIds), fc.string({ maxLength: 10 })),
    value: fc.option(
      fc.oneof(
        text,
        idNumber(world).map(String),
        fc.record({ p: idNumber(world), n: idNumber(world) }).map((o) => JSON.stringify(o)),
      ),
      { nil: undefined },
    ),
    selected_option: fc.option(
      fc
        .oneof(text, idNumber(world).map(String))
        .map((value) => ({ text: { type: 'plain_text', text: 'x' }, value })),
      { nil: undefined },
    ),
    action_ts: fc.constant('1.2'),
  });
}

const form = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** Every kind of request Mitra handles, with known and unknown ids and random values. */
export function requests(world: World): fc.Arbitrary<FuzzRequest> {
  const command = fc
    .record({
      words: fc.array(fc.oneof(fc.constantFrom(...commandWords), text), { maxLength: 4 }),
      user: fc.constantFrom(...world.users),
      channel: fc.constantFrom(...world.channels),
      responseUrl: fc.constantFrom(...world.responseUrls),
      command: fc.oneof(fc.constant('/mitra'), fc.constant('/mitra'), fc.constant('/lama')),
    })
    .map(
      (c): FuzzRequest => ({
        kind: 'slash_command',
        contentType: 'application/x-www-form-urlencoded',
        body: new URLSearchParams({
          command: c.command,
          text: c.words.join(' '),
          user_id: c.user,
          team_id: world.teamId,
          channel_id: c.channel,
          trigger_id: 'T.fuzz',
          response_url: c.responseUrl,
        }).toString(),
      }),
    );

  const blockActions = fc
    .record({
      type: fc.constant('block_actions'),
      user: user(world),
      team: team(world),
      trigger_id: fc.constant('T.fuzz'),
      actions: fc.array(blockAction(world), { minLength: 1, maxLength: 2 }),
      source: fc.oneof(
        view(world, 'modal'),
        view(world, 'home'),
        fc.record({
          channel: fc.constantFrom(...world.channels).map((id) => ({ id })),
          response_url: fc.constantFrom(...world.responseUrls),
        }),
      ),
    })
    .map(({ source, ...rest }): FuzzRequest => {
      // A block action on a view of broken state only reads it: only the metadata counts here.
      const {
        tampered = false,
        brokenState: _,
        ...from
      } = source as { tampered?: boolean; brokenState?: boolean };
      return {
        kind: 'block_actions',
        contentType: 'application/x-www-form-urlencoded',
        body: form({ ...rest, ...from }),
        tampered,
      };
    });

  const viewSubmission = fc
    .record({
      type: fc.constant('view_submission'),
      user: user(world),
      team: team(world),
      view: view(world),
      response_urls: fc.constant([]),
    })
    .map(
      ({ view: v, ...p }): FuzzRequest => ({
        kind: 'view_submission',
        contentType: 'application/x-www-form-urlencoded',
        body: form({ ...p, view: v.view }),
        tampered: v.tampered || v.brokenState,
      }),
    );

  const viewClosed = fc
    .record({
      type: fc.constant('view_closed'),
      user: user(world),
      team: team(world),
      view: view(world),
      is_cleared: fc.boolean(),
    })
    .map(
      ({ view: v, ...p }): FuzzRequest => ({
        kind: 'view_closed',
        contentType: 'application/x-www-form-urlencoded',
        body: form({ ...p, view: v.view }),
        tampered: v.tampered || v.brokenState,
      }),
    );

  const shortcut = fc
    .record({
      type: fc.constant('shortcut'),
      user: user(world),
      team: team(world),
      callback_id: fc.oneof(fc.constant(partnershipsIds.newPartnershipShortcut), anyId(world)),
      trigger_id: fc.constant('T.fuzz'),
    })
    .map(
      (p): FuzzRequest => ({
        kind: 'shortcut',
        contentType: 'application/x-www-form-urlencoded',
        body: form(p),
      }),
    );

  const messageAction = fc
    .record({
      type: fc.constant('message_action'),
      user: user(world),
      team: team(world),
      callback_id: anyId(world),
      trigger_id: fc.constant('T.fuzz'),
      channel: fc.constantFrom(...world.channels).map((id) => ({ id })),
      message: fc.constant({ type: 'message', ts: '1.2', text: 'x' }),
      response_url: fc.constantFrom(...world.responseUrls),
    })
    .map(
      (p): FuzzRequest => ({
        kind: 'message_action',
        contentType: 'application/x-www-form-urlencoded',
        body: form(p),
      }),
    );

  const blockSuggestion = fc
    .record({
      type: fc.constant('block_suggestion'),
      user: user(world),
      team: team(world),
      action_id: anyId(world),
      block_id: fc.string({ maxLength: 8 }),
      value: text,
    })
    .map(
      (p): FuzzRequest => ({
        kind: 'block_suggestion',
        contentType: 'application/x-www-form-urlencoded',
        body: form(p),
      }),
    );

  const event = fc
    .record({
      type: fc.constantFrom(
        'app_home_opened',
        'member_joined_channel',
        'channel_archive',
        'group_archive',
        'message',
        'reaction_added',
      ),
      user: fc.option(fc.oneof(fc.constantFrom(...world.users), fc.constant('UMITRABOT')), {
        nil: undefined,
      }),
      channel: fc.option(fc.oneof(fc.constantFrom(...world.channels), fc.constant('CNOTEXIST')), {
        nil: undefined,
      }),
      tab: fc.option(fc.constantFrom('home', 'messages'), { nil: undefined }),
      eventId: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `Ev${s}`),
    })
    .map(
      ({ eventId, ...event }): FuzzRequest => ({
        kind: 'event',
        contentType: 'application/json',
        body: JSON.stringify({
          type: 'event_callback',
          team_id: world.teamId,
          api_app_id: 'A0MITRA',
          event_id: eventId,
          event_time: 1,
          event: { ...event, event_ts: '1.2' },
        }),
      }),
    );

  const wellFormed = fc.oneof(
    { arbitrary: command, weight: 3 },
    { arbitrary: blockActions, weight: 4 },
    { arbitrary: viewSubmission, weight: 4 },
    { arbitrary: viewClosed, weight: 1 },
    { arbitrary: shortcut, weight: 1 },
    { arbitrary: messageAction, weight: 1 },
    { arbitrary: blockSuggestion, weight: 1 },
    { arbitrary: event, weight: 2 },
  );
  return fc.oneof({ arbitrary: wellFormed, weight: 4 }, { arbitrary: broken(wellFormed), weight: 1 });
}

/** A well-formed request with one field removed or replaced by a value of another type. */
function broken(requestsOf: fc.Arbitrary<FuzzRequest>): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(requestsOf, fc.nat(), fc.constantFrom<unknown>(undefined, null, 0, -1, '', [], {}, 'x', true))
    .map(([request, pick, replacement]): FuzzRequest => {
      if (request.kind === 'slash_command') {
        const params = new URLSearchParams(request.body);
        const keys = [...params.keys()];
        const key = keys[pick % keys.length] ?? 'text';
        if (replacement === undefined) params.delete(key);
        else params.append(key, String(replacement));
        return { ...request, kind: `broken_${request.kind}`, body: params.toString() };
      }
      const isForm = request.contentType === 'application/x-www-form-urlencoded';
      const payload = JSON.parse(
        isForm ? (new URLSearchParams(request.body).get('payload') ?? '{}') : request.body,
      );
      const paths = fieldPaths(payload);
      const path = paths[pick % paths.length] ?? ['type'];
      setPath(payload, path, replacement);
      const body = isForm ? form(payload) : JSON.stringify(payload);
      // Every replacement (removed, null, 0, '', [], {}, 'x', true) is a metadata none of ours.
      const metadata = path.length === 2 && path.join('.') === 'view.private_metadata';
      const tampered =
        request.tampered ||
        metadata ||
        (request.kind === 'view_submission' && breaksState(path, replacement));
      return { ...request, kind: `broken_${request.kind}`, body, tampered };
    });
}

/**
 * Whether the replacement leaves a submission's state holding something Slack never sends: any
 * value in place of one block's entry, or anything but an object in place of all of them.
 */
function breaksState(path: string[], replacement: unknown): boolean {
  if (replacement === undefined || path.slice(0, 3).join('.') !== 'view.state.values') return false;
  if (path.length === 3)
    return typeof replacement !== 'object' || replacement === null || Array.isArray(replacement);
  // One block's entry: whatever takes its place is no element.
  return path.length === 4;
}

function fieldPaths(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (typeof value !== 'object' || value === null || depth > 3) return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, key],
    ...fieldPaths(child, [...prefix, key], depth + 1),
  ]);
}

function setPath(target: Record<string, unknown>, path: string[], replacement: unknown): void {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
}
