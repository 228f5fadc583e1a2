import { getUnitById, listUnits } from '../../../db/queries/units.js';
import type { Translate } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { newVersion } from '../../kit/block-ids.js';

import { buildUnitModal } from './view.js';

/** The unit modal, editing `unitId` (a unit of the team) or a new unit. */
export function unitModalFor(
  services: Services,
  params: { teamId: string; t: Translate; unitId?: number | null; banner?: string },
) {
  const editing =
    params.unitId != null
      ? getUnitById(services.db, { teamId: params.teamId, id: params.unitId })
      : undefined;
  return buildUnitModal(params.t, {
    units: listUnits(services.db, { teamId: params.teamId }),
    editing,
    version: newVersion(services),
    ...(params.banner ? { banner: params.banner } : {}),
  });
}
