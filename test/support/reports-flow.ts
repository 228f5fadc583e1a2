/**
 * Helpers for the quarterly report tests: send `/mitra laporan …`, collect its answers, and read
 * the workbook the fake Slack received in the requester's DM back with exceljs.
 */
import ExcelJS from 'exceljs';
import type { Db } from '../../src/db/client.js';
import { deliveries, goalTargets, progressEvidence, progressUpdates } from '../../src/db/schema/index.js';
import { TEAM } from './factories.js';
import { type Harness, SHARED_CHANNEL } from './harness.js';
import { waitFor } from './wait.js';

export const dmOf = (userId: string) => `D${userId.replace(/^[UW]/, '')}`;

/** The answers to `/mitra <text>`: `count` of them (the ack's, then those sent later). */
export async function answers(h: Harness, userId: string, text: string, count: number): Promise<string[]> {
  const sent = await h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
  const posts = await waitFor(
    () => {
      const answered = h.fake.answersTo(sent.responseUrl);
      return answered.length >= count ? answered.slice(0, count) : undefined;
    },
    { what: `${count} answer(s) to /mitra ${text}` },
  );
  return posts.map((post) => {
    const body = post.body as { text?: string; blocks?: unknown[] };
    return `${body.text ?? ''} ${JSON.stringify(body.blocks ?? [])}`;
  });
}

/** Sends the command, waits for "preparing" and "done", and returns the answers and the file sent. */
export async function workbookFor(h: Harness, userId: string, text: string) {
  const before = h.fake.files().length;
  const said = await answers(h, userId, text, 2);
  // Charts (PNG) may be uploaded meanwhile for other answers; the workbook is the one XLSX.
  const file = h.fake
    .files()
    .slice(before)
    .find((f) => f.name.endsWith('.xlsx'));
  if (!file) throw new Error(`no file for /mitra ${text}: ${said.join(' | ')}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(file.content).buffer);
  return {
    said,
    file,
    workbook,
    filesSent: h.fake
      .files()
      .slice(before)
      .filter((f) => !f.name.endsWith('.png')).length,
  };
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return found;
}

export function rowValues(s: ExcelJS.Worksheet, row: number, count: number): ExcelJS.CellValue[] {
  return Array.from({ length: count }, (_, index) => s.getRow(row).getCell(index + 1).value ?? null);
}

/** A progress update of one quarter, written as the progress modal writes it, with evidence links. */
export function addQuarterUpdate(
  db: Db,
  values: {
    goalId: number;
    year: number;
    quarter: number;
    value: number | null;
    status?: 'on_track' | 'at_risk' | 'off_track' | 'done';
    obstacles?: string;
    followUpActions?: string;
    evidence?: string[];
    at: Date;
  },
): void {
  const update = db
    .insert(progressUpdates)
    .values({
      teamId: TEAM,
      goalId: values.goalId,
      value: values.value,
      status: values.status ?? 'on_track',
      note: null,
      year: values.year,
      quarter: values.quarter,
      obstacles: values.obstacles ?? null,
      followUpActions: values.followUpActions ?? null,
      userId: 'UCOORD',
      createdAt: values.at,
    })
    .returning()
    .get();
  for (const url of values.evidence ?? []) {
    db.insert(progressEvidence)
      .values({ teamId: TEAM, progressUpdateId: update.id, url, kind: 'link', createdAt: values.at })
      .run();
  }
}

export function addTargets(
  db: Db,
  goalId: number,
  targets: { year: number; quarter: number; value: number }[],
) {
  const now = new Date('2026-01-05T02:00:00Z');
  for (const t of targets) {
    db.insert(goalTargets)
      .values({ teamId: TEAM, goalId, ...t, createdAt: now, updatedAt: now })
      .run();
  }
}

export function addDelivery(
  db: Db,
  values: { scheduleId: number; dueAt: Date; status: 'sent' | 'skipped' | 'failed'; skipReason?: string },
) {
  db.insert(deliveries)
    .values({
      teamId: TEAM,
      scheduleId: values.scheduleId,
      dueAt: values.dueAt,
      status: values.status,
      skipReason: values.skipReason ?? null,
      createdAt: values.dueAt,
      updatedAt: values.dueAt,
    })
    .run();
}
