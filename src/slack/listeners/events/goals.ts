import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';

export function registerGoalsEvents(_app: App, _services: Services): void {}
