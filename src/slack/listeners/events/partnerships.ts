import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';

export function registerPartnershipsEvents(_app: App, _services: Services): void {}
