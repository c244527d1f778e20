import { describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

const root = fixture('minimal');

describe('accords due (end to end)', () => {
  it('lists the notice deadline and the renewal within a year, sorted, with days left', () => {
    const run = accords(['due', '--root', root, '--as-of', '2026-11-22', '--within', '1y', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { date: '2027-09-15', event: 'notice-deadline', id: 'amf-pole-emploi-2016', title: "Accord cadre national entre l'AMF et Pôle emploi", days_left: 297 },
      { date: '2027-11-16', event: 'renewal', id: 'amf-pole-emploi-2016', title: "Accord cadre national entre l'AMF et Pôle emploi", days_left: 359 },
    ]);
  });

  it('includes both ends of the window', () => {
    const on = (asOf: string, within: string) => (JSON.parse(accords(['due', '--root', root, '--as-of', asOf, '--within', within, '--format', 'json']).stdout) as { date: string }[]).map((e) => e.date);
    expect(on('2027-09-15', '0d')).toEqual(['2027-09-15']);
    expect(on('2027-08-15', 'P1M')).toEqual(['2027-09-15']);
    expect(on('2027-08-16', 'P1M')).toEqual(['2027-09-15']);
    expect(on('2027-09-16', '2m')).toEqual(['2027-11-16']);
  });

  it('accepts 90d, 12w, 3m, 1y and ISO periods, and refuses others with exit 2', () => {
    for (const within of ['90d', '12w', '3m', '1y', 'P3M']) expect(accords(['due', '--root', root, '--within', within]).code, within).toBe(0);
    const bad = accords(['due', '--root', root, '--within', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--within');
  });

  it('exits 1 with --exit-code when something is due, 0 when nothing is', () => {
    expect(accords(['due', '--root', root, '--as-of', '2027-09-01', '--exit-code']).code).toBe(1);
    expect(accords(['due', '--root', root, '--as-of', '2027-01-01', '--within', '30d', '--exit-code']).code).toBe(0);
  });

  it('writes an RFC 5545 calendar of all-day events with stable UIDs and alarms', () => {
    const run = accords(['due', '--root', root, '--as-of', '2026-11-22', '--within', '1y', '--format', 'ics'], { env: { TZ: 'Pacific/Kiritimati', LANG: 'fr_FR.UTF-8' } });
    expect(run.code).toBe(0);
    const ics = run.stdout.replace(/\r\n /g, ''); // unfold RFC 5545 continuation lines
    expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270915');
    expect(ics).toContain('DTSTART;VALUE=DATE:20271116');
    expect(ics).toContain('UID:amf-pole-emploi-2016/renewal/11@accords');
    expect(ics).toContain('SUMMARY:Date limite de préavis — Accord cadre national entre l\'AMF et Pôle emploi');
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(ics).toContain('TRIGGER:-P30D');
    expect(ics).toContain('TRIGGER:-P7D');
    const again = accords(['due', '--root', root, '--as-of', '2027-01-01', '--within', '1y', '--format', 'ics']).stdout;
    expect(again).toContain('UID:amf-pole-emploi-2016/renewal/11@accords');
  });

  it('writes the calendar in English by default, in French with --lang fr', () => {
    const args = ['due', '--root', root, '--as-of', '2026-11-22', '--within', '1y', '--format', 'ics'];
    const english = accords(args).stdout.replace(/\r\n /g, '');
    expect(english).toContain('PRODID:-//accords//accords//EN');
    expect(english).toContain("SUMMARY:Notice deadline — Accord cadre national entre l'AMF et Pôle emploi");
    expect(english).toContain("DESCRIPTION:Notice deadline in 30 days — Accord cadre national entre l'AMF et Pôle emploi");
    const french = accords([...args, '--lang', 'fr']).stdout.replace(/\r\n /g, '');
    expect(french).toContain('PRODID:-//accords//accords//FR');
    expect(french).toContain("SUMMARY:Reconduction tacite — Accord cadre national entre l'AMF et Pôle emploi");
    expect(french).toContain("DESCRIPTION:Date limite de préavis dans 7 jours — Accord cadre national entre l'AMF et Pôle emploi");
  });

  it('writes the table in French with --lang fr, events in words', () => {
    const run = accords(['due', '--root', root, '--as-of', '2026-11-22', '--within', '1y', '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^DATE {8}DANS {3}ÉVÉNEMENT {15}ID {20}TITRE$/);
    expect(run.stdout).toContain('2027-09-15  297 j  date limite de préavis  amf-pole-emploi-2016');
  });
});

describe('accords due in French (end to end)', () => {
  it('refuses a period it cannot read, in French, exit 2', () => {
    const run = accords(['due', '--root', root, '--within', 'bientôt', '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('accords: --within : `bientôt` n’est pas une durée\n  écrivez 90d, 12w, 3m, 1y ou une durée ISO 8601 comme P3M\n');
  });

  it('refuses an impossible --as-of in French, from the locale', () => {
    const run = accords(['due', '--root', root, '--as-of', '2026-02-30'], { env: { LC_ALL: 'fr_FR.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('accords: --as-of : `2026-02-30` n’est pas une date du calendrier\n  février 2026 compte 28 jours\n');
  });

  it('keeps the event codes of --format json in French', () => {
    const events = JSON.parse(accords(['due', '--root', root, '--as-of', '2026-11-22', '--within', '1y', '--format', 'json', '--lang', 'fr']).stdout) as { event: string }[];
    expect(events.map((e) => e.event)).toEqual(['notice-deadline', 'renewal']);
  });
});

describe('accords due: committee meetings, non-working days, lead times, CI formats (end to end)', () => {
  const deadlines = fixture('deadlines');
  const file = 'agreements/local/bas-rhin-2026.yaml';

  it('lists the next committee meeting, flags a Sunday deadline with the Friday before, and announces a month early (the record\'s lead:)', () => {
    const run = accords(['due', '--root', deadlines, '--as-of', '2027-10-01', '--within', '1m', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { date: '2027-10-20', event: 'committee-meeting', id: 'bas-rhin-2026', title: 'Protocole de suivi du Bas-Rhin', days_left: 19, announce: '2027-09-20' },
      { date: '2027-10-31', event: 'notice-deadline', id: 'bas-rhin-2026', title: 'Protocole de suivi du Bas-Rhin', days_left: 30, non_working_day: true, last_working_day: '2027-10-29', announce: '2027-09-30' },
    ]);
  });

  it('--lead lists a deadline whose announce date is in the window', () => {
    const without = JSON.parse(accords(['due', '--root', root, '--as-of', '2027-07-01', '--within', '1m', '--format', 'json']).stdout) as unknown[];
    expect(without).toEqual([]);
    const run = accords(['due', '--root', root, '--as-of', '2027-07-01', '--within', '1m', '--lead', '2m', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual([{ date: '2027-09-15', event: 'notice-deadline', id: 'amf-pole-emploi-2016', title: "Accord cadre national entre l'AMF et Pôle emploi", days_left: 76, announce: '2027-07-15' }]);
    const bad = accords(['due', '--root', root, '--lead', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lead');
  });

  it('--format github puts each event at the key that causes it, relative to the working folder; a notice deadline within 30 days is an error', () => {
    const run = accords(['due', '--as-of', '2027-10-01', '--within', '1m', '--format', 'github'], { cwd: deadlines });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^::warning file=${file},line=15,col=1,title=accords committee-meeting::committee meeting of bas-rhin-2026`));
    expect(lines[1]).toMatch(new RegExp(`^::error file=${file},line=13,col=1,title=accords notice-deadline::.*2027-10-29`));
    // A notice deadline further than 30 days is a warning; a renewal is placed at `term`.
    const later = accords(['due', '--as-of', '2027-09-01', '--within', '4m', '--format', 'github'], { cwd: deadlines }).stdout;
    expect(later).toMatch(new RegExp(`::warning file=${file},line=13,col=1,title=accords notice-deadline::`));
    expect(later).toMatch(new RegExp(`::warning file=${file},line=9,col=1,title=accords renewal::`));
  });

  it('--format sarif gives one result per event, located the same way', () => {
    const run = accords(['due', '--as-of', '2027-10-01', '--within', '1m', '--format', 'sarif'], { cwd: deadlines });
    const log = JSON.parse(run.stdout) as { version: string; runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['committee-meeting', 'warning', file, 15],
      ['notice-deadline', 'error', file, 13],
    ]);
  });

  it('a calendar without --within covers two years (SPEC §7); the table keeps three months', () => {
    const ics = accords(['due', '--root', root, '--as-of', '2026-11-22', '--format', 'ics']).stdout;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('DTSTART;VALUE=DATE:20281116');
    expect(accords(['due', '--root', root, '--as-of', '2026-11-22', '--format', 'json']).stdout.trim()).toBe('[]');
  });

  it('the calendar says a date is a non-working day in its description', () => {
    const ics = accords(['due', '--root', deadlines, '--as-of', '2027-10-01', '--within', '1m', '--format', 'ics']).stdout.replace(/\r\n /g, '');
    expect(ics).toContain('non-working day: the last working day before it is 2027-10-29');
    expect(ics).toContain('UID:bas-rhin-2026/committee-meeting/3@accords');
  });
});
