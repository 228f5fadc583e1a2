import type { AnyBlock } from '@slack/types';
import { Workspace } from './state.js';
import type {
  AddChannelInput,
  AddUserInput,
  EphemeralMessage,
  FakeChannel,
  FakeSlackChange,
  FakeSlackOptions,
  FakeUser,
  FakeView,
  RecordedCall,
  ResponseUrlPost,
  SlackMessage,
  UploadedFile,
} from './types.js';

/**
 * The fake's workspace as tests see it: who and what is in it (users, channels, messages), and
 * what the app did there (calls, messages, views, response_url posts, files). {@link FakeSlack}
 * adds the server and the requests to the app.
 */
export class FakeSlackWorkspace {
  protected readonly ws: Workspace;

  constructor(options: FakeSlackOptions) {
    this.ws = new Workspace(
      {
        teamId: options.teamId ?? 'T0MITRA',
        teamDomain: options.teamDomain ?? 'mitra',
        botUserId: options.botUserId ?? 'U0MITRABOT',
        botId: options.botId ?? 'B0MITRABOT',
        appId: options.appId ?? 'A0MITRA',
        botToken: options.botToken ?? 'xoxb-test',
        appToken: options.appToken ?? 'xapp-test',
      },
      options.now ?? Date.now,
    );
    this.ws.users.set(this.ws.identity.botUserId, {
      id: this.ws.identity.botUserId,
      name: 'mitra',
      realName: 'Mitra',
      locale: 'en-US',
      tz: 'Asia/Jakarta',
      isBot: true,
    });
  }

  get botToken(): string {
    return this.ws.identity.botToken;
  }
  get teamId(): string {
    return this.ws.identity.teamId;
  }
  get botUserId(): string {
    return this.ws.identity.botUserId;
  }
  get appId(): string {
    return this.ws.identity.appId;
  }

  /** Called on every change (API call, response_url post, view or message change). */
  subscribe(listener: (change: FakeSlackChange) => void): () => void {
    return this.ws.subscribe(listener);
  }

  // ── directory ───────────────────────────────────────────────────────────

  addUser(input: AddUserInput): FakeUser {
    const user: FakeUser = {
      id: input.id,
      name: input.name,
      realName: input.realName ?? input.name,
      locale: input.locale ?? 'en-US',
      tz: input.tz ?? 'Asia/Jakarta',
      isBot: input.isBot ?? false,
      ...(input.email ? { email: input.email } : {}),
    };
    this.ws.users.set(user.id, user);
    return { ...user };
  }

  users(): FakeUser[] {
    return [...this.ws.users.values()].map((u) => ({ ...u }));
  }

  addChannel(input: AddChannelInput): FakeChannel {
    const channel: FakeChannel = {
      id: input.id,
      name: input.name,
      isPrivate: input.isPrivate ?? false,
      isArchived: input.isArchived ?? false,
      isIm: false,
      members: [...(input.members ?? [])],
      botIsMember: input.botIsMember ?? true,
      created: Math.floor(this.ws.now() / 1000),
    };
    this.ws.channels.set(channel.id, channel);
    return { ...channel, members: [...channel.members] };
  }

  archiveChannel(id: string): void {
    this.requireChannel(id).isArchived = true;
  }

  unarchiveChannel(id: string): void {
    this.requireChannel(id).isArchived = false;
  }

  /** Removes the channel and its messages; later calls naming it get `channel_not_found`. */
  deleteChannel(id: string): void {
    this.ws.channels.delete(id);
    this.ws.messagesByChannel.delete(id);
  }

  /** Adds a person to a channel, or removes the bot with `setBotMembership`. */
  addMember(channelId: string, userId: string): void {
    const channel = this.requireChannel(channelId);
    if (!channel.members.includes(userId)) channel.members.push(userId);
  }

  setBotMembership(channelId: string, isMember: boolean): void {
    this.requireChannel(channelId).botIsMember = isMember;
  }

  /** Every conversation, DMs with the app included, in the order they were made. */
  channels(): FakeChannel[] {
    return [...this.ws.channels.values()].map((c) => ({ ...c, members: [...c.members] }));
  }

  /** The app's DM with a user, made on first use as conversations.open would. */
  openDm(userId: string): FakeChannel {
    const channel = this.ws.openDm(this.requireUser(userId).id);
    return { ...channel, members: [...channel.members] };
  }

  channel(id: string): FakeChannel | undefined {
    const channel = this.ws.channels.get(id);
    return channel ? { ...channel, members: [...channel.members] } : undefined;
  }

  /** A message written by a person (not the app), e.g. to test `cant_update_message`. */
  addMessage(input: {
    channelId: string;
    userId: string;
    text: string;
    blocks?: AnyBlock[];
    threadTs?: string;
  }) {
    this.requireChannel(input.channelId);
    const message: SlackMessage = {
      type: 'message',
      channel: input.channelId,
      ts: this.ws.nextTs(),
      user: input.userId,
      team: this.ws.identity.teamId,
      text: input.text,
      ...(input.blocks ? { blocks: input.blocks } : {}),
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    };
    return structuredClone(this.ws.addMessage(message));
  }

  // ── what the app did ────────────────────────────────────────────────────

  /** Every Web API call, in order, including refused and faulted ones. */
  get calls(): RecordedCall[] {
    return [...this.ws.calls];
  }

  callsTo(method: string): RecordedCall[] {
    return this.ws.calls.filter((c) => c.method === method);
  }

  clearCalls(): void {
    this.ws.calls.length = 0;
    this.ws.responseUrlPosts.length = 0;
  }

  /** The channel's messages, oldest first, thread replies included. */
  messages(channelId: string): SlackMessage[] {
    return structuredClone(this.ws.messagesByChannel.get(channelId) ?? []);
  }

  ephemerals(channelId?: string, userId?: string): EphemeralMessage[] {
    return structuredClone(
      this.ws.ephemerals.filter(
        (m) =>
          (channelId === undefined || m.channel === channelId) &&
          (userId === undefined || m.recipient === userId),
      ),
    );
  }

  /** Open modals, root first, of one user or of everyone. */
  openViews(userId?: string): FakeView[] {
    const userIds = userId === undefined ? [...this.ws.stacks.keys()] : [userId];
    return userIds.flatMap((id) =>
      this.ws.stack(id).flatMap((viewId) => {
        const view = this.ws.views.get(viewId);
        return view ? [structuredClone(view)] : [];
      }),
    );
  }

  homeView(userId: string): FakeView | undefined {
    const id = this.ws.homeViews.get(userId);
    const view = id ? this.ws.views.get(id) : undefined;
    return view ? structuredClone(view) : undefined;
  }

  /** Any open view (modal or home) by id. */
  view(viewId: string): FakeView | undefined {
    const view = this.ws.views.get(viewId);
    return view ? structuredClone(view) : undefined;
  }

  /**
   * The app's answers to commands and interactions, in order: posts to response_urls and the
   * bodies of slash-command acks (`via: 'command_ack'`), each shown to the user as Slack would.
   */
  responseUrlPosts(): ResponseUrlPost[] {
    return structuredClone(this.ws.responseUrlPosts);
  }

  /** The answers to one request through its response_url (a slash command's ack included), in order. */
  answersTo(responseUrl: string): ResponseUrlPost[] {
    return structuredClone(this.ws.responseUrlPosts.filter((post) => post.url === responseUrl));
  }

  /** Files completed with files.completeUploadExternal. */
  files(): UploadedFile[] {
    return this.ws.files.map((f) => ({ ...f, content: Buffer.from(f.content) }));
  }

  // ── internals ───────────────────────────────────────────────────────────

  protected requireUser(userId: string): FakeUser {
    const user = this.ws.users.get(userId);
    if (!user) throw new Error(`FakeSlack: unknown user ${userId}; call addUser first`);
    return user;
  }

  protected requireChannel(channelId: string): FakeChannel {
    const channel = this.ws.channels.get(channelId);
    if (!channel) throw new Error(`FakeSlack: unknown channel ${channelId}; call addChannel first`);
    return channel;
  }
}
