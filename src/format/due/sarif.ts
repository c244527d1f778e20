import { eventLabel } from '../../lifecycle/labels.js';
import { sarifLog } from '../sarif-log.js';
import { eventMessage, eventSeverity } from './github.js';
import type { DueFormatter, EventKind } from './types.js';

const KINDS: readonly EventKind[] = ['start', 'notice-deadline', 'renewal', 'expiry', 'review', 'committee-meeting'];

/**
 * SARIF 2.1.0 (what GitHub code scanning ingests): one result per event, its rule the kind of
 * event, its level as `--format github` (error for a notice deadline within 30 days), at the
 * record's key that causes it. URIs are relative to the working folder (`%SRCROOT%`).
 */
export const sarif: DueFormatter = (events, { say, placeOf, toolVersion }) => {
  const rules = KINDS.map((id) => ({ id, shortDescription: { text: say('deadlines.sarif.rule', { event: eventLabel(say, id) }) } }));
  const results = events.map((event) => {
    const place = placeOf?.(event);
    return {
      ruleId: event.event,
      ruleIndex: KINDS.indexOf(event.event),
      level: eventSeverity(event),
      message: { text: eventMessage(say, event) },
      locations: place ? [{ physicalLocation: { artifactLocation: { uri: encodeURI(place.file), uriBaseId: '%SRCROOT%' }, region: { startLine: place.line, startColumn: place.column } } }] : [],
      partialFingerprints: { accordsEvent: `${event.id}/${event.event}/${event.occurrence}` },
      properties: { date: event.date, id: event.id, days_left: event.days_left },
    };
  });
  return [sarifLog(toolVersion, rules, results)];
};
