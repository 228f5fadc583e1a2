/**
 * Waits until `probe` returns something truthy. The app acks Slack first and works after, so a
 * test reads the outcome when it appears, not after a fixed sleep. Bounded so a bug fails fast.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  { timeoutMs = 5_000, what = 'condition' } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
