import { setImmediate } from 'node:timers/promises';
/**
 * `/mitra laporan KODE tw3 2026` and `/mitra laporan semua tw3 2026`: gather a quarter from the
 * database and Slack (people's names), build the XLSX workbook and upload it into the requester's
 * DM with Mitra. The workbook builders — and with them exceljs, a large library — are imported
 * only when a workbook is asked for: the app runs with `--optimize-for-size`.
 */
import type { WebClient } from '@slack/web-api';
import { countOverdueAt } from '../../../db/queries/action-items.js';
import { listAllPartnerships, loadQuarterData, type QuarterData } from '../../../db/queries/reports.js';
import type { Partnership } from '../../../db/schema/index.js';
import { quarterRealisation } from '../../../domain/capaian.js';
import { goalDisplayStatus } from '../../../domain/goals.js';
import { instantOfLocal, localDateOf } from '../../../domain/time/calendar.js';
import {
  nextQuarter,
  quarterEnd,
  quarterStart,
  romanQuarter,
  type YearQuarter,
} from '../../../domain/time/quarters.js';
import { type Locale, type Translate, translator } from '../../../i18n/index.js';
import { goalDisplayStatusKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { slackErrorCode } from '../../kit/post.js';
import { workbookCharts } from './charts.js';
import type {
  GoalReportRow,
  QuarterReport,
  ReportContext,
  RoleReportRow,
  RollupPartnership,
} from './report-data.js';

/** Display names are looked up for at most this many people per workbook; the rest show their id. */
const MAX_NAME_LOOKUPS = 200;
/** Partnerships read between two yields to the event loop in the roll-up. */
export const ROLLUP_SLICE = 20;

export type WorkbookResult = { ok: true; filename: string } | { ok: false; error: string };

/** The quarter as instants: its first moment and the next quarter's, in `timeZone`. */
export function quarterBounds(period: YearQuarter, timeZone: string): { from: Date; to: Date } {
  return {
    from: instantOfLocal(quarterStart(period), '00:00', timeZone),
    to: instantOfLocal(quarterStart(nextQuarter(period)), '00:00', timeZone),
  };
}

/** Action items overdue at the quarter's end (or now, for the quarter under way). */
function overdueAtQuarterEnd(services: Services, partnership: Partnership, period: YearQuarter): number {
  const end = quarterBounds(period, partnership.timeZone).to;
  const now = services.clock();
  const at = now < end ? now : new Date(end.getTime() - 1);
  return countOverdueAt(services.db, {
    teamId: partnership.teamId,
    partnershipId: partnership.id,
    at,
    atDate: localDateOf(at, partnership.timeZone),
  });
}

/** `TW III 2026` / `Q3 2026`, for file names and messages. */
export function periodLabel(period: YearQuarter, t: Translate): string {
  return t('reportCmd.period', { quarter: romanQuarter(period.quarter), year: period.year });
}

/** The goals of a quarter as the workbook reads them. */
export function goalRows(data: QuarterData, period: YearQuarter, today: string): GoalReportRow[] {
  // A past quarter is judged as it stood on its last day; the current one as it stands today.
  const asOf = today < quarterEnd(period) ? today : quarterEnd(period);
  return data.goals.map(({ goal, targets, updates }) => {
    const realisation = quarterRealisation(updates, period);
    const latest = updates[0];
    const withText = (pick: (u: (typeof updates)[number]) => string | null) =>
      updates.map(pick).find((v) => v !== null && v.trim() !== '') ?? null;
    const evidence = updates.flatMap((u) => u.evidence.map((e) => ({ url: e.url, label: e.label })));
    return {
      title: goal.title,
      indicator: goal.indicator,
      ikuCode: goal.ikuCode,
      ikuText: goal.ikuText,
      measureUnit: goal.measureUnit,
      direction: goal.direction,
      targets: targets.map((t) => ({ year: t.year, quarter: t.quarter, value: t.value })),
      realisation,
      status: latest
        ? goalDisplayStatus(
            { dueDate: goal.dueDate, currentValue: realisation ?? latest.value, status: latest.status },
            asOf,
          )
        : goalDisplayStatus({ dueDate: goal.dueDate, currentValue: null, status: goal.status }, asOf),
      obstacles: withText((u) => u.obstacles),
      followUpActions: withText((u) => u.followUpActions),
      evidence: evidence.filter((e, i) => evidence.findIndex((x) => x.url === e.url) === i),
    };
  });
}

async function displayNames(client: WebClient, userIds: Iterable<string>): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const userId of [...new Set(userIds)].slice(0, MAX_NAME_LOOKUPS)) {
    try {
      const info = await client.users.info({ user: userId });
      const name = info.user?.real_name || info.user?.profile?.real_name || info.user?.name;
      if (name) names[userId] = name;
    } catch {
      // An unknown person keeps their id in the workbook.
    }
  }
  return names;
}

function context(services: Services, period: YearQuarter, timeZone: string, t: Translate): ReportContext {
  return {
    ministry: services.config.ministry || t('reportCmd.ministryDefault'),
    period,
    generatedAt: services.clock(),
    timeZone,
  };
}

/** One partnership's quarter as {@link QuarterReport}. */
export async function loadQuarterReport(
  services: Services,
  client: WebClient,
  params: { partnership: Partnership; period: YearQuarter; locale: Locale },
): Promise<QuarterReport> {
  const { partnership, period } = params;
  const t = translator(params.locale);
  const data = loadQuarterData(services.db, {
    partnership,
    period,
    ...quarterBounds(period, partnership.timeZone),
  });
  const today = localDateOf(services.clock(), partnership.timeZone);
  const goals = goalRows(data, period, today);
  const names = await displayNames(
    client,
    data.roles.map((r) => r.userId),
  );
  const roles: RoleReportRow[] = data.roles.map((role) => {
    const own = data.goals.flatMap(({ goal }, i) =>
      goal.personInChargeId === role.userId
        ? [`${goal.title}: ${t(goalDisplayStatusKey(goals[i]?.status ?? 'not_assessed'))}`]
        : [],
    );
    return {
      person: names[role.userId] ?? role.userId,
      unit: role.unit,
      role: role.role,
      responsibilities: role.responsibilities,
      results: own.length > 0 ? own.join('; ') : null,
    };
  });
  return {
    context: context(services, period, partnership.timeZone, t),
    partnership: { code: partnership.code, name: partnership.name, leadUnit: data.leadUnit },
    goals,
    roles,
    evaluation: data.evaluation
      ? {
          openedAt: data.evaluation.openedAt,
          closedAt: data.evaluation.closedAt ?? data.evaluation.closesAt,
          summary: data.evaluation.summaryJson,
        }
      : null,
    communications: data.communications,
  };
}

/** Uploads the bytes as one file into the user's DM with Mitra; Slack's refusal is returned, not thrown. */
async function uploadToDm(
  services: Services,
  client: WebClient,
  params: { userId: string; filename: string; title: string; comment: string; bytes: Buffer },
): Promise<WorkbookResult> {
  try {
    const opened = await client.conversations.open({ users: params.userId });
    const channel = opened.channel?.id;
    if (!channel) return { ok: false, error: 'channel_not_found' };
    await client.files.uploadV2({
      channel_id: channel,
      initial_comment: params.comment,
      file_uploads: [{ file: params.bytes, filename: params.filename, title: params.title }],
    });
    return { ok: true, filename: params.filename };
  } catch (error) {
    services.logger.warn({ err: error, file: params.filename }, 'workbook upload failed');
    return { ok: false, error: slackErrorCode(error) ?? 'upload_failed' };
  }
}

/** `/mitra laporan KODE tw3 2026`: the partnership's quarterly workbook, into the requester's DM. */
export async function sendQuarterWorkbook(
  services: Services,
  client: WebClient,
  params: { partnership: Partnership; period: YearQuarter; userId: string; locale: Locale },
): Promise<WorkbookResult> {
  const { partnership, period, locale } = params;
  const t = translator(locale);
  const report = await loadQuarterReport(services, client, params);
  const charts = await workbookCharts(services, partnership, report, { t, locale });
  const { buildQuarterWorkbook, toBuffer } = await import('./workbook.js');
  const bytes = await toBuffer(buildQuarterWorkbook({ ...report, charts }, locale));
  const label = periodLabel(period, t);
  return uploadToDm(services, client, {
    userId: params.userId,
    filename: `${partnership.code}-${t('reportCmd.fileQuarter', { n: period.quarter })}-${period.year}.xlsx`,
    title: `${partnership.code} · ${label}`,
    comment: t('reportCmd.comment', { code: partnership.code, period: label }),
    bytes,
  });
}

/**
 * `/mitra laporan semua tw3 2026` (admins): every partnership of the team in one workbook. The
 * partnerships are read {@link ROLLUP_SLICE} at a time, yielding to the event loop in between, so
 * a large workspace does not hold up other requests while the roll-up is gathered.
 */
export async function sendRollupWorkbook(
  services: Services,
  client: WebClient,
  params: { teamId: string; period: YearQuarter; userId: string; locale: Locale },
): Promise<WorkbookResult & { count?: number }> {
  const { period, locale } = params;
  const t = translator(locale);
  const timeZone = services.config.timeZone;
  const all = listAllPartnerships(services.db, { teamId: params.teamId });
  const entries: RollupPartnership[] = [];
  for (let i = 0; i < all.length; i += ROLLUP_SLICE) {
    for (const partnership of all.slice(i, i + ROLLUP_SLICE)) {
      const data = loadQuarterData(services.db, {
        partnership,
        period,
        ...quarterBounds(period, partnership.timeZone),
      });
      entries.push({
        partnership: { code: partnership.code, name: partnership.name, leadUnit: data.leadUnit },
        goals: goalRows(data, period, localDateOf(services.clock(), partnership.timeZone)),
        evaluation: data.evaluation
          ? {
              openedAt: data.evaluation.openedAt,
              closedAt: data.evaluation.closedAt ?? data.evaluation.closesAt,
              summary: data.evaluation.summaryJson,
            }
          : null,
        overdueActionItems: overdueAtQuarterEnd(services, partnership, period),
      });
    }
    await setImmediate();
  }
  const { buildRollupWorkbook } = await import('./rollup.js');
  const { toBuffer } = await import('./workbook.js');
  const workbook = buildRollupWorkbook(
    { context: context(services, period, timeZone, t), partnerships: entries },
    locale,
  );
  const bytes = await toBuffer(workbook);
  const label = periodLabel(period, t);
  const result = await uploadToDm(services, client, {
    userId: params.userId,
    filename: `${t('reportCmd.fileAll')}-${t('reportCmd.fileQuarter', { n: period.quarter })}-${period.year}.xlsx`,
    title: `${t('reportCmd.rollupTitle')} · ${label}`,
    comment: t('reportCmd.rollupComment', { period: label, count: entries.length }),
    bytes,
  });
  return result.ok ? { ...result, count: entries.length } : result;
}
