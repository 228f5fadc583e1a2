export * from './evaluations.js';
export * from './follow-through.js';
export * from './goal-reporting.js';
export * from './partnerships.js';
export * from './schedules.js';
export * from './system.js';
export * from './units.js';
