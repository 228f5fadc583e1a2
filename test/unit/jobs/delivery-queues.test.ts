import { describe, expect, it } from 'vitest';
import { queuesOf } from '../../../src/jobs/delivery-queues.js';

describe('queuesOf', () => {
  const candidate = (id: number, channelId: string, partnershipId: number) =>
    ({ delivery: { id }, channelId, partnershipId }) as unknown as Parameters<typeof queuesOf>[0][number];

  it('keeps deliveries sharing a channel or a partnership in one queue, in order', () => {
    const queues = queuesOf([
      candidate(1, 'C1', 1),
      candidate(2, 'C2', 1),
      candidate(3, 'C2', 2),
      candidate(4, 'C3', 3),
      candidate(5, 'C4', 2),
      candidate(6, 'C5', 4),
      candidate(7, 'C5', 3),
    ]);
    expect(queues.map((q) => q.map((c) => c.delivery.id))).toEqual([
      [1, 2, 3, 5],
      [4, 6, 7],
    ]);
  });
});
