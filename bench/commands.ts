/**
 * How fast `/mitra` answers: the time until Slack gets its ack (must stay far below Slack's 3 s)
 * and until the help reaches the user through response_url, over real HTTP against the local
 * Slack-like server with a real SQLite file.
 */
import { PEOPLE, SHARED_CHANNEL, startHarness } from '../test/helpers/harness.js';
import { waitFor } from '../test/helpers/wait.js';
import { summarise } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

export async function benchCommands(): Promise<void> {
  const h = await startHarness();
  try {
    // Warm-up: the first request pays for module loading and the locale lookup.
    await h.fake.sendSlashCommand({
      userId: PEOPLE.coordinator.id,
      text: 'bantuan',
      channelId: SHARED_CHANNEL,
    });
    const ack: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const before = h.fake.responseUrlPosts().length;
      const started = performance.now();
      await h.fake.sendSlashCommand({
        userId: PEOPLE.coordinator.id,
        text: 'bantuan',
        channelId: SHARED_CHANNEL,
      });
      ack.push(performance.now() - started);
      await waitFor(() => h.fake.responseUrlPosts().length > before, { what: 'help' });
      answered.push(performance.now() - started);
    }
    console.log(`/mitra bantuan × ${ROUNDS}: ack ms`, summarise(ack));
    console.log(`/mitra bantuan × ${ROUNDS}: answer ms`, summarise(answered));
  } finally {
    await h.close();
  }
}
