/**
 * Charts in Slack: a chart is rendered to PNG, uploaded privately (`files.uploadV2` with no channel,
 * so no file message appears anywhere) and shown by an image block that names the file
 * (`slack_file`). The text version always stays in the message beside it.
 *
 * Slack refuses an image block whose file it has not finished processing ("invalid slack file");
 * {@link sendWithChart} waits and tries again, and in the end sends the message without the
 * picture. Uploaded files are remembered by their content, so an unchanged chart (App Home opened
 * again) is not rendered or uploaded twice.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../../logger.js';
import type { ChartSpec } from './evaluation-charts.js';
import { renderChart } from './render.js';

/** Slack's limit on an image block's alt text and title. */
const ALT_MAX = 2000;
const TITLE_MAX = 2000;

/** Pauses before trying a just-uploaded file again; Slack usually needs well under a second. */
export const CHART_RETRY_MS: readonly number[] = [400, 1000, 2500];

export interface ChartUpload {
  fileId: string;
  alt: string;
  title: string;
  /** Render time and size, for the log and the bench. */
  renderMs?: number;
  bytes?: number;
}

/** Charts uploaded by this process, by content: the newest {@link max} are kept. */
export class ChartFiles {
  private readonly byKey = new Map<string, string>();

  /** `enabled` false (`MITRA_CHARTS=off`): nothing is drawn or uploaded; messages go as words. */
  constructor(
    readonly enabled = true,
    private readonly max = 500,
  ) {}

  get(key: string): string | undefined {
    const fileId = this.byKey.get(key);
    if (fileId !== undefined) {
      // The most recently used goes last, so the oldest is dropped first.
      this.byKey.delete(key);
      this.byKey.set(key, fileId);
    }
    return fileId;
  }

  set(key: string, fileId: string): void {
    this.byKey.delete(key);
    this.byKey.set(key, fileId);
    while (this.byKey.size > this.max) {
      const oldest = this.byKey.keys().next().value;
      if (oldest === undefined) break;
      this.byKey.delete(oldest);
    }
  }

  /** Forgets a file Slack would not show, so that the next use uploads it afresh. */
  forget(fileId: string): void {
    for (const [key, id] of this.byKey) if (id === fileId) this.byKey.delete(key);
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** What identifies a chart's picture: its drawing (functions by their source), size, words and team. */
export function chartKey(spec: ChartSpec, extra: { teamId: string; title: string }): string {
  const drawing = JSON.stringify(spec.option, (_key, value: unknown) =>
    typeof value === 'function' ? String(value) : value,
  );
  return createHash('sha256')
    .update(JSON.stringify([extra.teamId, extra.title, spec.alt, spec.size, drawing]))
    .digest('hex');
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Renders and uploads a chart, or finds it uploaded already. Undefined when it cannot be drawn
 * or uploaded (logged): the message then goes without it.
 */
export async function uploadChart(
  deps: { client: WebClient; files: ChartFiles; logger: Logger },
  spec: ChartSpec,
  meta: { teamId: string; name: string; title: string },
): Promise<ChartUpload | undefined> {
  if (!deps.files.enabled) return undefined;
  const title = clip(meta.title, TITLE_MAX);
  const alt = clip(spec.alt, ALT_MAX);
  const key = chartKey(spec, { teamId: meta.teamId, title });
  const known = deps.files.get(key);
  if (known) return { fileId: known, alt, title };
  try {
    const started = performance.now();
    const image = await renderChart(spec.option, spec.size);
    const renderMs = Math.round(performance.now() - started);
    const uploaded = await deps.client.files.uploadV2({
      file: image.png,
      filename: `${meta.name}.png`,
      title,
      alt_text: alt,
    });
    const fileId = uploadedFileId(uploaded);
    if (!fileId) throw new Error('files.uploadV2 answered without a file id');
    deps.files.set(key, fileId);
    deps.logger.debug({ chart: meta.name, renderMs, bytes: image.png.length, fileId }, 'chart uploaded');
    return { fileId, alt, title, renderMs, bytes: image.png.length };
  } catch (error) {
    deps.logger.warn(
      { err: error, chart: meta.name },
      'chart could not be drawn or uploaded; sent without it',
    );
    return undefined;
  }
}

/** The file id in `files.uploadV2`'s answer: one completion holding one file. */
function uploadedFileId(answer: unknown): string | undefined {
  const completions = (answer as { files?: { files?: { id?: unknown }[] }[] }).files;
  const id = completions?.[0]?.files?.[0]?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The image block for an uploaded chart, with its alt text in the reader's language. */
export function chartBlock(upload: ChartUpload): KnownBlock {
  return {
    type: 'image',
    slack_file: { id: upload.fileId },
    alt_text: upload.alt,
    title: { type: 'plain_text', text: upload.title },
  };
}

/**
 * Whether Slack refused blocks because of an image's file (not processed yet, or gone), as the
 * Web API (`data`) or a response_url (`response.data`, from Bolt's `respond`) reports it.
 */
export function isSlackFileRefusal(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const answer =
    (error as { data?: unknown }).data ?? (error as { response?: { data?: unknown } }).response?.data;
  if (typeof answer !== 'object' || answer === null) return false;
  const {
    error: code,
    errors,
    response_metadata,
  } = answer as {
    error?: unknown;
    errors?: unknown;
    response_metadata?: { messages?: unknown };
  };
  if (code !== 'invalid_blocks') return false;
  const details = [errors, response_metadata?.messages].flatMap((list) => (Array.isArray(list) ? list : []));
  return details.some((d) => typeof d === 'string' && /slack[ _]file/i.test(d));
}

/**
 * Sends a message or view with the chart's blocks, and, while Slack refuses the file, again after
 * each pause of {@link CHART_RETRY_MS}; then once more without them, so the text always arrives.
 * Any other failure is the caller's, as if there were no chart.
 */
export async function sendWithChart<T>(
  send: (chart: KnownBlock[]) => Promise<T>,
  upload: ChartUpload | undefined,
  deps: { files: ChartFiles; logger: Logger; retryMs?: readonly number[] },
): Promise<{ result: T; charted: boolean }> {
  if (!upload) return { result: await send([]), charted: false };
  const pauses = deps.retryMs ?? CHART_RETRY_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { result: await send([chartBlock(upload)]), charted: true };
    } catch (error) {
      if (!isSlackFileRefusal(error)) throw error;
      const pause = pauses[attempt];
      if (pause === undefined) break;
      await sleep(pause);
    }
  }
  deps.files.forget(upload.fileId);
  deps.logger.warn({ fileId: upload.fileId }, 'Slack would not show the chart; sent the text alone');
  return { result: await send([]), charted: false };
}

/**
 * A chart as a private answer of its own, after a command's answer that holds the same numbers in
 * words. False when nothing was sent (not drawn, not uploaded, or refused by Slack to the end).
 */
export async function answerWithChart(
  deps: { client: WebClient; files: ChartFiles; logger: Logger },
  respond: (answer: { response_type: 'ephemeral'; text: string; blocks: KnownBlock[] }) => Promise<unknown>,
  spec: ChartSpec,
  meta: { teamId: string; name: string; title: string },
): Promise<boolean> {
  const upload = await uploadChart(deps, spec, meta);
  if (!upload) return false;
  const { charted } = await sendWithChart(
    async (chart) => {
      if (chart.length > 0) await respond({ response_type: 'ephemeral', text: upload.alt, blocks: chart });
    },
    upload,
    deps,
  );
  return charted;
}
