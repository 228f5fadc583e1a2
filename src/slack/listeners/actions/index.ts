import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { registerEvaluationsActions } from './evaluations.js';
import { registerGoalsActions } from './goals.js';
import { registerPartnershipsActions } from './partnerships.js';
import { registerSchedulesActions } from './schedules.js';

export function registerActions(app: App, services: Services): void {
  registerPartnershipsActions(app, services);
  registerGoalsActions(app, services);
  registerSchedulesActions(app, services);
  registerEvaluationsActions(app, services);
}
