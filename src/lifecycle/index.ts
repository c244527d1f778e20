export { addDuration, subtractDuration } from './calendar.js';
export { addDays, daysBetween, parseIsoDate } from './date.js';
export { formatDuration, parseDuration, parseWithin } from './duration.js';
export { compareEvents, eventsBetween } from './events.js';
export type { EventKind, LifecycleEvent } from './events.js';
export { eventLabel, kindLabel, levelLabel, statusLabel } from './labels.js';
export { endAfterNotice, noticeDeadline } from './notice.js';
export { computeTimeline } from './timeline.js';
export type { Status, Timeline } from './timeline.js';
