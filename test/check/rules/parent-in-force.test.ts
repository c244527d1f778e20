import { describe, expect, it } from 'vitest';
import { parentInForce } from '../../../src/check/rules/parent-in-force.js';
import { RULES } from '../../../src/check/rules/index.js';
import { agreement, input } from './input.js';
import { en } from '../../say.js';
import { worded } from '../../worded.js';

const run = (records: Parameters<typeof input>[0]) => worded(en, [...parentInForce.check(input(records))]);
const ave2020 = agreement({ id: 'ave-2020', kind: 'protocol', signed: '2020-07-16', term: { end: '2020-12-31', renewal: 'none' } });

describe('parent-in-force', () => {
  it('is registered, as a warning', () => {
    expect(RULES).toContain(parentInForce);
    expect(parentInForce.severity).toBe('warning');
  });

  it('warns when a signed convention takes effect after its parent ended', () => {
    const problems = run([ave2020, agreement({ id: 'l', kind: 'local', parent: 'ave-2020', signed: '2026-11-20', effective: '2026-12-01' })]);
    expect(problems).toEqual([expect.objectContaining({ file: 'agreements/l.yaml', path: ['effective'], message: 'takes effect on 2026-12-01, when its parent ave-2020 is expired' })]);
  });

  it('places the warning at `signed` when the record has no `effective`, and speaks of amendments too', () => {
    const problems = run([ave2020, agreement({ id: 'a', kind: 'amendment', parent: 'ave-2020', signed: '2021-03-01' })]);
    expect(problems).toEqual([expect.objectContaining({ path: ['signed'] })]);
  });

  it('is silent for a convention that starts while its parent is in force, on its last day included', () => {
    expect(run([ave2020, agreement({ id: 'l', kind: 'local', parent: 'ave-2020', signed: '2020-12-31' })])).toEqual([]);
  });

  it('is silent for a draft, and for a parent whose dates are unknown', () => {
    expect(run([ave2020, agreement({ id: 'l', kind: 'local', parent: 'ave-2020', signed: undefined })])).toEqual([]);
    expect(run([agreement({ id: 'p', signed: null }), agreement({ id: 'l', kind: 'local', parent: 'p', signed: '2026-01-01' })])).toEqual([]);
  });

  it('leaves a convention signed before its parent starts to signed-before-parent', () => {
    expect(run([agreement({ id: 'f', signed: '2016-11-16' }), agreement({ id: 'l', kind: 'local', parent: 'f', signed: '2016-10-01' })])).toEqual([]);
  });

  it('warns after a termination took effect', () => {
    const ended = agreement({ id: 'f', signed: '2016-11-16', termination: { ended: '2020-06-30', by: 'amf' } });
    const [problem] = run([ended, agreement({ id: 'l', kind: 'local', parent: 'f', signed: '2021-01-04' })]);
    expect(problem?.message).toBe('takes effect on 2021-01-04, when its parent f is terminated');
  });
});
