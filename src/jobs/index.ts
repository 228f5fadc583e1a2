import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { evaluationJobs } from './evaluations.js';
import type { Job } from './scheduler.js';
import { scheduleJobs } from './schedules.js';

/** Every job the scheduler runs on each tick. */
export function createJobs(services: Services, client: WebClient): Job[] {
  return [...scheduleJobs(services, client), ...evaluationJobs(services, client)];
}
