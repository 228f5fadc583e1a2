/** The current time, passed in so jobs and schedules are testable without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
