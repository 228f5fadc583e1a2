/**
 * Example data for the sandbox: the three partnerships of the brief with their units, people,
 * channels, goals, roles, schedules and past evaluations. Written straight through Drizzle —
 * these are example rows, not user actions — and then the app is asked to post each charter,
 * exactly as it does after a real change.
 */
import type { WebClient } from '@slack/web-api';
import type { Db } from '../src/db/client.js';
import { localDateOf } from '../src/domain/time/calendar.js';
import type { Services } from '../src/services.js';
import { refreshCharter } from '../src/slack/features/charter/flow.js';
import type { FakeSlack } from './fake-slack/index.js';
import { seedEvaluations } from './seed/evaluations.js';
import { PARTNERSHIPS } from './seed/example-data.js';
import { seedFollowThrough } from './seed/follow-through.js';
import { seedGoals } from './seed/goals.js';
import { DEMO_ADMIN, DEMO_CHANNELS, DEMO_PEOPLE } from './seed/people.js';
import { seedQuarterlyReporting } from './seed/quarters.js';
import { seedSchedules } from './seed/schedules.js';
import { DAY_MS, type SeedContext, TIME_ZONE } from './seed/shapes.js';
import { seedPartnership, seedUnits } from './seed/units-partnerships.js';

export {
  DEMO_ADMIN,
  DEMO_CHANNELS,
  DEMO_PEOPLE,
  type DemoPerson,
  PERSONAS,
  type Persona,
} from './seed/people.js';

export interface SeedResult {
  partnershipIds: number[];
  channelIds: string[];
}

/** Adds the people and channels to the fake workspace. */
export function seedWorkspace(fake: FakeSlack): void {
  for (const person of DEMO_PEOPLE) {
    fake.addUser({
      id: person.id,
      name: person.name,
      realName: person.realName,
      locale: person.locale,
      tz: TIME_ZONE,
      email: `${person.name}@kementerian.go.id`,
    });
  }
  fake.addChannel({
    id: DEMO_CHANNELS.general,
    name: 'umum',
    members: DEMO_PEOPLE.map((p) => p.id),
  });
  const admin = DEMO_PEOPLE.filter((p) => p.persona === 'admin').map((p) => p.id);
  for (const partnership of PARTNERSHIPS) {
    const members = new Set([...partnership.roles.map((r) => r.userId), ...admin]);
    fake.addChannel({ id: partnership.channelId, name: partnership.channelName, members: [...members] });
  }
}

/** Writes the example rows and returns the partnership ids, in the order of the brief. */
export function seedDatabase(db: Db, params: { teamId: string; now: Date }): SeedResult {
  const { teamId, now } = params;
  const today = localDateOf(now, TIME_ZONE);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const partnershipIds: number[] = [];

  db.transaction((tx) => {
    const unitId = seedUnits(tx, teamId, daysAgo);
    const ctx: SeedContext = { tx, teamId, now, today, daysAgo, unitId };
    PARTNERSHIPS.forEach((seed, index) => {
      const partnership = seedPartnership(ctx, seed, index + 1);
      partnershipIds.push(partnership.id);
      const goalIds = seedGoals(ctx, partnership, seed.goals);
      // PK-1 carries three closed quarters of targets and realisations for the quarterly workbook.
      if (index === 0) seedQuarterlyReporting(ctx, partnership, goalIds);
      seedSchedules(ctx, partnership, seed.schedules);
      seedEvaluations(ctx, partnership, seed);
      if (index === 0) seedFollowThrough(ctx, partnership);
    });
  });

  return { partnershipIds, channelIds: PARTNERSHIPS.map((p) => p.channelId) };
}

/**
 * Seeds workspace and database, greets #umum, and has the app post every charter. A charter that
 * cannot be posted is logged, not fatal: the sandbox still starts and shows what the app did.
 */
export async function seedDemo(params: {
  fake: FakeSlack;
  db: Db;
  services: Services;
  client: WebClient;
}): Promise<SeedResult> {
  const { fake, db, services, client } = params;
  seedWorkspace(fake);
  const result = seedDatabase(db, { teamId: fake.teamId, now: services.clock() });
  fake.addMessage({
    channelId: DEMO_CHANNELS.general,
    userId: DEMO_ADMIN,
    text: 'Selamat pagi, rekan-rekan. Mitra sudah terpasang: ketik `/mitra bantuan` untuk melihat perintahnya, atau buka tab *Beranda* Mitra.',
  });
  for (const partnershipId of result.partnershipIds) {
    try {
      await refreshCharter(services, client, { teamId: fake.teamId, partnershipId });
    } catch (error) {
      services.logger.warn({ err: error, partnershipId }, 'sandbox: the charter could not be posted');
    }
  }
  return result;
}
