/** `/mitra evaluasi KODE` from someone outside the partnership says so, whether or not a cycle runs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationCycle } from '../../../src/db/queries/evaluations.js';
import { createPartnership, createRole, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

const NOW = new Date('2026-03-10T01:00:00Z');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
});
afterAll(async () => {
  await h.close();
});

/** The private answer to `/mitra …`: in the acknowledgement, or posted to the response_url. */
async function answer(userId: string, text: string): Promise<string> {
  const before = h.fake.responseUrlPosts().length;
  const sent = await h.fake.sendSlashCommand({ userId, text });
  const inAck = (sent.body as { text?: string } | undefined)?.text;
  if (inAck) return inAck;
  const post = await waitFor(() => h.fake.responseUrlPosts()[before], {
    what: `an answer to /mitra ${text}`,
  });
  return String((post.body as { text?: string }).text ?? '');
}

describe('/mitra evaluasi from an outsider', () => {
  it('says they are not a member when no evaluation runs, not that none is running', async () => {
    const p = createPartnership(h.db);
    const text = await answer(PEOPLE.outsider.id, `evaluasi ${p.code}`);
    expect(text).toContain(`Anda bukan anggota kemitraan ${p.code}`);
    expect(text).not.toContain('belum ada evaluasi');
    // A member who is not a coordinator still hears that none is running.
    createRole(h.db, {
      partnershipId: p.id,
      unitId: p.leadUnitId,
      userId: PEOPLE.manager2.id,
      role: 'member',
    });
    expect(await answer(PEOPLE.manager2.id, `evaluasi ${p.code}`)).not.toContain('bukan anggota');
  });

  it('says the same, in English, while an evaluation runs', async () => {
    const p = createPartnership(h.db);
    createEvaluationCycle(h.db, {
      teamId: TEAM,
      partnershipId: p.id,
      scheduleId: null,
      openedBy: PEOPLE.coordinator.id,
      openedAt: NOW,
      closesAt: new Date(NOW.getTime() + 7 * 86_400_000),
      remindAt: null,
      channelId: p.channelId,
      invitations: [{ userId: PEOPLE.manager1.id, unitId: null }],
    });
    expect(await answer(PEOPLE.english.id, `evaluate ${p.code}`)).toContain(
      `You are not a member of partnership ${p.code}`,
    );
  });
});
