import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';

export function registerSchedulesViews(_app: App, _services: Services): void {}
