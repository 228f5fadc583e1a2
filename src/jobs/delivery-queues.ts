import type { ClaimableDelivery } from '../db/queries/deliveries.js';

/** Runs `work` on every item, at most `limit` at a time. */
export async function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Splits deliveries into queues, oldest first within each, such that two deliveries sharing a
 * channel or a partnership are in the same queue (connected components, by union–find).
 */
export function queuesOf(candidates: readonly ClaimableDelivery[]): ClaimableDelivery[][] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(key, root);
    return root;
  };
  for (const c of candidates) {
    const channel = find(`c:${c.channelId}`);
    const partnership = find(`p:${c.partnershipId}`);
    parent.set(channel, channel);
    if (channel !== partnership) parent.set(partnership, channel);
  }
  const queues = new Map<string, ClaimableDelivery[]>();
  for (const c of candidates) {
    const root = find(`c:${c.channelId}`);
    const queue = queues.get(root);
    if (queue) queue.push(c);
    else queues.set(root, [c]);
  }
  return [...queues.values()];
}
