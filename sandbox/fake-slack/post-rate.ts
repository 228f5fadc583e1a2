import type { ChannelPostRate } from './types.js';

export const SLACK_CHANNEL_POST_RATE: ChannelPostRate = { perSecond: 1, burst: 3 };

/**
 * A token bucket per channel. `take` answers how many seconds to wait (Slack's `Retry-After`, at
 * least 1) when the channel has posted too fast, or 0 when the message may go.
 */
export class ChannelPostLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly rate: ChannelPostRate = SLACK_CHANNEL_POST_RATE) {}

  take(channel: string, nowMs: number): number {
    const bucket = this.buckets.get(channel) ?? { tokens: this.rate.burst, at: nowMs };
    const tokens = Math.min(
      this.rate.burst,
      bucket.tokens + (Math.max(0, nowMs - bucket.at) / 1000) * this.rate.perSecond,
    );
    if (tokens < 1) {
      this.buckets.set(channel, { tokens, at: nowMs });
      return Math.max(1, Math.ceil((1 - tokens) / this.rate.perSecond));
    }
    this.buckets.set(channel, { tokens: tokens - 1, at: nowMs });
    return 0;
  }
}
