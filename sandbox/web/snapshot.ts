/** What the page shows for one user looking at one conversation, read from FakeSlack. */
import type { SlackMessage } from '../fake-slack/index.js';
import type { SandboxServerOptions } from './options.js';

interface ChannelEntry {
  id: string;
  name: string;
  isIm: boolean;
  isPrivate: boolean;
  memberCount: number;
  /** Messages and the user's ephemerals, for the page's unread marks. */
  activity: number;
}

type PageMessage = SlackMessage & { ephemeral?: boolean };

/** Everything the page shows for one user looking at one conversation. */
export function snapshot(options: SandboxServerOptions, user: string, channelId: string | undefined) {
  const { fake } = options;
  const dm = fake.openDm(user);
  const channels: ChannelEntry[] = fake
    .channels()
    .filter((c) => (c.isIm ? c.imUser === user : c.members.includes(user) && !c.isArchived))
    .map((c) => ({
      id: c.id,
      name: c.name,
      isIm: c.isIm,
      isPrivate: c.isPrivate,
      memberCount: c.members.length,
      activity: fake.messages(c.id).length + fake.ephemerals(c.id, user).length,
    }));
  const current = channels.find((c) => c.id === channelId) ?? channels.find((c) => c.id === dm.id);
  const messages: PageMessage[] = current
    ? [
        ...fake.messages(current.id),
        ...fake.ephemerals(current.id, user).map((m) => ({ ...m, ephemeral: true })),
      ].sort((a, b) => Number(a.ts) - Number(b.ts))
    : [];
  return {
    me: user,
    now: options.controls.now().toISOString(),
    users: fake.users().map((u) => ({ id: u.id, name: u.name, realName: u.realName, isBot: u.isBot })),
    channels,
    allChannels: fake
      .channels()
      .filter((c) => !c.isIm)
      .map((c) => ({ id: c.id, name: c.name })),
    dmId: dm.id,
    channelId: current?.id ?? null,
    messages,
    modals: fake.openViews(user),
    home: fake.homeView(user) ?? null,
  };
}
