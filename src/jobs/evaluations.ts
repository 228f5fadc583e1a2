import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import type { Job } from './scheduler.js';

export function evaluationJobs(_services: Services, _client: WebClient): Job[] {
  return [];
}
