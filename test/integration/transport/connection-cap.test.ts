import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../support/harness.js';

// A small cap, so the test holds it with a few idle sockets; production uses 1,000.
const CAP = 3;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    serverLimits: { maxConnections: CAP, headersTimeoutMs: 15_000, requestTimeoutMs: 15_000 },
  });
});
afterAll(async () => {
  await h.close();
});

function openIdleSocket(): Promise<Socket> {
  const url = new URL(h.appBaseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => resolve(socket));
    socket.on('error', reject);
  });
}

describe('a cap on open connections', () => {
  it('refuses a connection beyond the cap and serves again once the held ones close', async () => {
    const held = await Promise.all(Array.from({ length: CAP }, openIdleSocket));
    try {
      // The kernel hands connections to the server in order, so the held ones count first.
      await expect(
        fetch(`${h.appBaseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) }),
      ).rejects.toThrow();
    } finally {
      for (const socket of held) socket.destroy();
    }
    // Closed sockets are counted out as the server sees them go; ask until it does.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
      status = await fetch(`${h.appBaseUrl}/healthz`)
        .then((res) => res.status)
        .catch(() => 0);
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});
