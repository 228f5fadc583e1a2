/** Seeds the units, then each partnership with its audit entry, member units and roles. */
import type { Db } from '../../src/db/client.js';
import { writeAudit } from '../../src/db/queries/audit.js';
import { partnerships, partnershipUnits, roleAssignments, units } from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/time/calendar.js';
import { UNITS } from './example-data.js';
import { DEMO_ADMIN } from './people.js';
import { type PartnershipSeed, type SeedContext, type SeededPartnership, TIME_ZONE } from './shapes.js';

/** Writes the units and answers a unit's id by its code. */
export function seedUnits(tx: Db, teamId: string, daysAgo: (days: number) => Date): (code: string) => number {
  const unitIds = new Map<string, number>();
  for (const unit of UNITS) {
    const row = tx
      .insert(units)
      .values({
        teamId,
        code: unit.code,
        name: unit.name,
        headUserId: unit.head,
        createdAt: daysAgo(200),
        updatedAt: daysAgo(200),
      })
      .returning({ id: units.id })
      .get();
    unitIds.set(unit.code, row.id);
  }
  const unitId = (code: string): number => {
    const id = unitIds.get(code);
    if (id === undefined) throw new Error(`seed: unknown unit ${code}`);
    return id;
  };
  return unitId;
}

export function seedPartnership(ctx: SeedContext, seed: PartnershipSeed, seq: number): SeededPartnership {
  const { tx, teamId, today, daysAgo, unitId } = ctx;
  const coordinator = seed.roles.find((r) => r.role === 'coordinator')?.userId ?? DEMO_ADMIN;
  const created = daysAgo(150);
  const partnership = tx
    .insert(partnerships)
    .values({
      teamId,
      code: `PK-${seq}`,
      seq,
      name: seed.name,
      purpose: seed.purpose,
      template: seed.template,
      leadUnitId: unitId(seed.units[0]),
      channelId: seed.channelId,
      startDate: addDays(today, -150),
      reviewDate: addDays(today, 215),
      timeZone: TIME_ZONE,
      status: 'active',
      createdBy: coordinator,
      createdAt: created,
      updatedAt: created,
    })
    .returning()
    .get();
  writeAudit(tx, {
    teamId,
    actorUserId: coordinator,
    action: 'partnership.create',
    entityType: 'partnership',
    entityId: partnership.id,
    partnershipId: partnership.id,
    after: partnership,
    at: created,
  });
  for (const code of seed.units) {
    tx.insert(partnershipUnits)
      .values({ teamId, partnershipId: partnership.id, unitId: unitId(code), joinedAt: created })
      .run();
  }
  for (const role of seed.roles) {
    tx.insert(roleAssignments)
      .values({
        teamId,
        partnershipId: partnership.id,
        unitId: unitId(role.unit),
        userId: role.userId,
        role: role.role,
        responsibilities: role.responsibilities,
        assignedBy: coordinator,
        createdAt: created,
        updatedAt: created,
      })
      .run();
  }
  return { id: partnership.id, coordinator, created };
}
