import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';

export function registerSchedulesActions(_app: App, _services: Services): void {}
