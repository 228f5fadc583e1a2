import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { registerEvaluationsViews } from './evaluations.js';
import { registerGoalsViews } from './goals.js';
import { registerPartnershipsViews } from './partnerships.js';
import { registerSchedulesViews } from './schedules.js';

export function registerViews(app: App, services: Services): void {
  registerPartnershipsViews(app, services);
  registerGoalsViews(app, services);
  registerSchedulesViews(app, services);
  registerEvaluationsViews(app, services);
}
