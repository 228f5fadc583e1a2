import { setImmediate } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import { listWaitingSurveys } from '../../../db/queries/evaluations.js';
import { partnershipsWithGaps } from '../../../db/queries/gap-search.js';
import { listExtraHolidays } from '../../../db/queries/holidays.js';
import {
  coordinatorLinesOf,
  hasOpenPartnership,
  openCoordinatedSlices,
  pageOfGoalsInChargeOf,
} from '../../../db/queries/home-reads.js';
import { loadCoordinatorViews, loadPartnershipDetails } from '../../../db/queries/partnership-batch.js';
import type { PartnershipDetail } from '../../../db/queries/partnership-detail.js';
import {
  maxPartnershipSeq,
  pageOfVisiblePartnerships,
  rolesOfUserIn,
} from '../../../db/queries/partnership-pages.js';
import type { Partnership } from '../../../db/schema/index.js';
import { goalDisplayStatus } from '../../../domain/goals.js';
import { isAdmin } from '../../../domain/permissions.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { context } from '../../kit/blocks.js';
import { homeStrip, type PartnershipStrip, stripLine } from '../../kit/charts/goal-charts.js';
import { sendWithChart, uploadChart } from '../../kit/charts/slack-charts.js';
import { todayFor } from '../../kit/partnership-lines.js';
import { homeActionBlocks } from '../actions/flow.js';
import {
  buildHomeView,
  type HomeInput,
  MAX_COORDINATOR_LINES,
  MAX_GAP_PARTNERSHIPS,
  MAX_GOALS,
  MAX_PARTNERSHIPS,
} from './view.js';

/** How far partnerships with gaps are counted past those shown: enough to say "more than N". */
const GAP_COUNT_CAP = 100;
/** How far the coordinator section's lines are counted past those shown. */
const COORDINATOR_COUNT_CAP = 100;
/** Lines read past those shown, so that a partnership with fewer lines than estimated still fills the section. */
const COORDINATOR_MARGIN = 5;
/** Partnerships (by number) an admin's gap search reads before letting other requests run: small, so
 * that where gaps are rare the search never holds other people's requests for long. */
const GAP_SLICE = 100;

/**
 * An admin's partnerships with gaps, among all of them: read a slice of partnership numbers at
 * a time, yielding to the event loop between slices, until enough are found to show and count.
 * Where gaps are common the first slice suffices; where they are rare the search walks every
 * partnership, but never holds the process for more than one slice.
 */
export async function gapsOfAllInSlices(
  services: Services,
  params: { teamId: string; now: Date; slice?: number },
): Promise<{ rows: Partnership[]; total: number; capped: boolean }> {
  const size = params.slice ?? GAP_SLICE;
  const last = maxPartnershipSeq(services.db, params);
  const scopes: { fromSeq: number; toSeq: number }[] = [];
  for (let fromSeq = 1; fromSeq <= last; fromSeq += size) scopes.push({ fromSeq, toSeq: fromSeq + size });
  return gapsInSlices(services, { ...params, scopes });
}

/** The partnerships a person coordinates, in code order, a slice at a time (see `openCoordinatedSlices`). */
type CoordinatedSlices = ReturnType<typeof openCoordinatedSlices>;

/**
 * The same among the partnerships a person coordinates, a slice of them at a time: a coordinator
 * of thousands waits no longer than one of a few where gaps are common, and holds no one else's
 * request for more than a slice where they are rare.
 */
async function gapsOfCoordinatedInSlices(
  services: Services,
  params: { teamId: string; now: Date; coordinated: CoordinatedSlices },
): Promise<{ rows: Partnership[]; total: number; capped: boolean }> {
  return gapsInSlices(services, { ...params, scopes: slicesOf(params.coordinated) });
}

function* slicesOf(coordinated: CoordinatedSlices): Generator<readonly number[]> {
  for (let i = 0; ; i += 1) {
    const slice = coordinated.sliceAt(i);
    if (!slice) return;
    yield slice;
  }
}

async function gapsInSlices(
  services: Services,
  params: {
    teamId: string;
    now: Date;
    scopes: Iterable<readonly number[] | { fromSeq: number; toSeq: number }>;
  },
): Promise<{ rows: Partnership[]; total: number; capped: boolean }> {
  const wanted = GAP_COUNT_CAP + MAX_GAP_PARTNERSHIPS;
  const rows: Partnership[] = [];
  let total = 0;
  let capped = false;
  let index = 0;
  for (const scope of params.scopes) {
    if (index++ > 0) await setImmediate();
    const slice = partnershipsWithGaps(services.db, {
      teamId: params.teamId,
      scope,
      now: params.now,
      limit: MAX_GAP_PARTNERSHIPS - rows.length,
      countCap: wanted - total,
    });
    rows.push(...slice.rows);
    total += slice.total;
    capped = slice.capped;
    if (capped) break; // before reading the next scope
  }
  return { rows, total, capped };
}

/**
 * Publishes a user's App Home, in their language: built from the database each time, so it is
 * right after any change. Called on `app_home_opened` and after the user's own changes; a failure
 * to publish is logged, never thrown, since the change itself has succeeded.
 */
export async function publishHome(
  services: Services,
  client: WebClient,
  params: { teamId: string; userId: string },
): Promise<void> {
  const locale = await services.locales.forUser(client, params.userId);
  const t = translator(locale);
  const input = await homeInput(services, params);
  await setImmediate();
  const actionBlocks = homeActionBlocks(services, { ...params, locale });
  const ctx = {
    t,
    locale,
    now: services.clock(),
    extraHolidays: listExtraHolidays(services.db, { teamId: params.teamId }),
  };
  const log = services.logger.child({ userId: params.userId });
  const strip = stripOf(input, ctx.now);
  const upload =
    strip.length > 0
      ? await uploadChart({ client, files: services.charts, logger: log }, homeStrip(strip, { t }), {
          teamId: params.teamId,
          name: 'mitra-beranda',
          title: t('chart.strip.title'),
        })
      : undefined;
  try {
    await sendWithChart(
      async (chart) => {
        const withText =
          chart.length > 0 ? [...chart, context(strip.map((row) => stripLine(row, t)).join('\n'))] : [];
        const view = buildHomeView(
          { ...input, actionBlocks, ...(withText.length > 0 ? { chart: withText } : {}) },
          ctx,
        );
        await client.views.publish({ user_id: params.userId, view });
      },
      upload,
      { files: services.charts, logger: log },
    );
  } catch (error) {
    services.logger.warn({ err: error, userId: params.userId }, 'could not publish App Home');
  }
}

/** The goal statuses of the partnerships App Home lists, those with goals only. */
function stripOf(input: HomeInput, now: Date): PartnershipStrip[] {
  return input.partnerships.slice(0, MAX_PARTNERSHIPS).flatMap(({ detail }) => {
    if (detail.goals.length === 0) return [];
    const today = todayFor(detail.partnership, now);
    const counts: PartnershipStrip['counts'] = {};
    for (const goal of detail.goals) {
      const status = goalDisplayStatus(goal, today);
      counts[status] = (counts[status] ?? 0) + 1;
    }
    return [{ code: detail.partnership.code, counts }];
  });
}

/**
 * What App Home shows, read with a fixed number of queries whatever the number of partnerships:
 * the first page of each list, its total, and the details of only the partnerships shown.
 */
export async function homeInput(
  services: Services,
  params: { teamId: string; userId: string },
): Promise<HomeInput> {
  const { db } = services;
  const { teamId, userId } = params;
  const now = services.clock();
  const admin = isAdmin(services.config.admins, userId);
  // Home shows the person's own partnerships, even for admins: "all of them" belongs in /mitra daftar.
  const own = pageOfVisiblePartnerships(db, {
    teamId,
    userId,
    isAdmin: false,
    page: 1,
    pageSize: MAX_PARTNERSHIPS,
    openOnly: true,
  });
  // App Home reads in steps of a few milliseconds each, giving the event loop back in between:
  // another person's command waits for one step, not for the whole home.
  await setImmediate();
  // What they coordinate, in code order, read a slice at a time and only as far as needed.
  const coordinated = openCoordinatedSlices(db, { teamId, userId, size: GAP_SLICE });
  const coordinates = coordinated.sliceAt(0) !== undefined;
  const coordinator = await coordinatorSection(services, { teamId, coordinated });
  // Gaps are listed where the user may fix them: everywhere for an admin, else where they coordinate.
  const gaps = admin
    ? await gapsOfAllInSlices(services, { teamId, now })
    : await gapsOfCoordinatedInSlices(services, { teamId, now, coordinated });
  await setImmediate();
  const details = loadPartnershipDetails(db, {
    teamId,
    partnershipIds: [...own.rows.map((p) => p.id), ...gaps.rows.map((p) => p.id)],
  });
  const roles = rolesOfUserIn(db, { teamId, userId, partnershipIds: own.rows.map((p) => p.id) });
  const detailsOf = (ids: readonly number[]) =>
    ids.flatMap((id) => {
      const detail = details.get(id);
      return detail ? [detail] : [];
    });
  await setImmediate();
  const goals = pageOfGoalsInChargeOf(db, { teamId, userId, limit: MAX_GOALS });
  const partnerships: { detail: PartnershipDetail; roles: HomeInput['partnerships'][number]['roles'] }[] =
    own.rows.flatMap((p) => {
      const detail = details.get(p.id);
      return detail ? [{ detail, roles: roles.get(p.id) ?? [] }] : [];
    });
  return {
    userId,
    isAdmin: admin,
    partnerships,
    goals: goals.rows,
    // Answered surveys stay listed, with "Edit answers", until their cycle closes.
    evaluations: listWaitingSurveys(db, { teamId, userId }),
    fixable: detailsOf(gaps.rows.map((p) => p.id)),
    coordinated: loadCoordinatorViews(db, { teamId, partnershipIds: coordinator.ids }),
    totals: {
      partnerships: own.total,
      goals: goals.total,
      canFix: admin ? hasOpenPartnership(db, { teamId }) : coordinates,
      withGaps: gaps.total,
      gapsCapped: gaps.capped,
      coordinates,
      coordinatorLinesNotRead: coordinator.restLines,
      coordinatorLinesCapped: coordinator.capped,
    },
  };
}

/**
 * The partnerships whose coordinator lines App Home reads (the first ones in code order with
 * something to show, enough to fill the section), and the lines of the others, counted in SQL up
 * to a cap: the section never reads every partnership a person coordinates.
 */
async function coordinatorSection(
  services: Services,
  params: { teamId: string; coordinated: CoordinatedSlices },
): Promise<{ ids: number[]; restLines: number; capped: boolean }> {
  const limit = MAX_COORDINATOR_LINES + COORDINATOR_MARGIN + COORDINATOR_COUNT_CAP;
  const ids: number[] = [];
  let read = 0;
  let restLines = 0;
  let found = 0;
  let index = 0;
  for (const slice of slicesOf(params.coordinated)) {
    if (index++ > 0) await setImmediate();
    const candidates = coordinatorLinesOf(services.db, { teamId: params.teamId, partnershipIds: slice });
    for (const candidate of candidates) {
      if (found >= limit) break;
      found += 1;
      if (read <= MAX_COORDINATOR_LINES + COORDINATOR_MARGIN) {
        ids.push(candidate.id);
        read += candidate.lines;
      } else restLines += candidate.lines;
    }
    if (found >= limit) break; // before reading the next slice
  }
  return { ids, restLines, capped: found >= limit };
}
