import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { registerEvaluationsEvents } from './evaluations.js';
import { registerGoalsEvents } from './goals.js';
import { registerPartnershipsEvents } from './partnerships.js';
import { registerSchedulesEvents } from './schedules.js';

export function registerEvents(app: App, services: Services): void {
  registerPartnershipsEvents(app, services);
  registerGoalsEvents(app, services);
  registerSchedulesEvents(app, services);
  registerEvaluationsEvents(app, services);
}
