import { describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

const root = fixture('minimal');

/** The lines of a report's mermaid block, and its task lines, each checked to be one mermaid reads. */
function gantt(md: string): { lines: string[]; tasks: string[] } {
  const lines = (/```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '').split('\n');
  const tasks = lines.filter((line) => line.includes(' :'));
  // Every task line: a name without colon, then tags, an id and two dates.
  for (const task of tasks) expect(task).toMatch(/^ {2}[^:#;]+ :(active, |done, )?[a-z0-9-]+, \d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2}$/);
  return { lines, tasks };
}

describe('accords report (end to end)', () => {
  it('writes Markdown with counts, what is due and a mermaid gantt block, in French with --lang fr', () => {
    const run = accords(['report', '--root', root, '--as-of', '2027-08-01', '--lang', 'fr']);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md).toContain('# Accords de partenariat — situation au 2027-08-01');
    expect(md).toContain('| en vigueur | 1 |');
    expect(md).toContain('| expiré | 1 |');
    expect(md).toContain('| 2027-09-15 | 45 j | date limite de préavis |');
    const { lines, tasks } = gantt(md);
    expect(lines[0]).toBe('gantt');
    expect(lines.join('\n')).toContain('dateFormat YYYY-MM-DD');
    expect(tasks.length).toBe(2);
  });

  it('writes the Markdown in English by default, with a valid mermaid block', () => {
    const run = accords(['report', '--root', root, '--as-of', '2027-08-01']);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md).toContain('# Partnership agreements — as of 2027-08-01');
    expect(md).toContain('2 agreements tracked.');
    expect(md).toContain('| in-force | 1 |');
    expect(md).toContain('| expired | 1 |');
    expect(md).toContain('## Due by 2027-11-01');
    expect(md).toContain('| 2027-09-15 | 45 d | notice deadline |');
    const { lines, tasks } = gantt(md);
    expect(lines.slice(0, 2)).toEqual(['gantt', '  title Agreements as of 2027-08-01']);
    expect(tasks.length).toBe(2);
  });

  it('follows a French locale', () => {
    const run = accords(['report', '--root', root, '--as-of', '2027-08-01', '--format', 'html'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<html lang="fr">');
    expect(run.stdout).toContain('<h1>Accords de partenariat — situation au <span class="date">2027-08-01</span></h1>');
  });

  it('writes a standalone HTML page with no script', () => {
    const run = accords(['report', '--root', root, '--as-of', '2027-08-01', '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).not.toContain('<script');
    expect(run.stdout).toContain('amf-pole-emploi-2016');
    expect(run.stdout).toContain('<html lang="en">');
    expect(run.stdout).toContain('<h1>Partnership agreements — as of <span class="date">2027-08-01</span></h1>');
  });
});
