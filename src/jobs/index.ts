import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { defaultWorkerId } from './deliveries.js';
import { evaluationJobs } from './evaluations.js';
import { followThroughJobs } from './follow-through.js';
import type { Job } from './scheduler.js';
import { scheduleJobs } from './schedules.js';

/** Every job the scheduler runs on each tick. */
export function createJobs(services: Services, client: WebClient): Job[] {
  return [
    ...scheduleJobs(services, client),
    ...evaluationJobs(services, client),
    ...followThroughJobs(services, client, { workerId: defaultWorkerId() }),
  ];
}
