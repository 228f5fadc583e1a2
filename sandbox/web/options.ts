/** How demo.ts configures the sandbox server, and what it gets back. */
import type { FakeSlack } from '../fake-slack/index.js';
import type { DemoPerson } from '../seed.js';

/** What the sandbox-only controls of the page do; demo.ts wires them to the scheduler and clock. */
export interface SandboxControls {
  /** Runs every scheduler job once, now. */
  tick(): Promise<void>;
  /** Moves the demo clock to the next reminder due and runs the jobs; the new time, or null. */
  advanceToNextReminder(): Promise<Date | null>;
  /** The app's clock. */
  now(): Date;
}

export interface SandboxServerOptions {
  fake: FakeSlack;
  people: readonly DemoPerson[];
  controls: SandboxControls;
  /** The person the page acts as when it opens. */
  defaultUserId: string;
  /** The app's default language, which the page's chrome starts in. */
  locale: 'id' | 'en';
  port?: number;
}

export interface SandboxServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
