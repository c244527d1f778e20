import { describe, expect, it } from 'vitest';
import { dateOrder } from '../../../src/check/rules/date-order.js';
import { idMatchesFile } from '../../../src/check/rules/id-matches-file.js';
import { knownOrganization } from '../../../src/check/rules/known-organization.js';
import { knownReference } from '../../../src/check/rules/known-reference.js';
import { organizationRegistry } from '../../../src/check/rules/organization-registry.js';
import { parentRequired } from '../../../src/check/rules/parent-required.js';
import { referenceCycle } from '../../../src/check/rules/reference-cycle.js';
import { renewalSettings } from '../../../src/check/rules/renewal-settings.js';
import { signedBeforeParent } from '../../../src/check/rules/signed-before-parent.js';
import { templateExists } from '../../../src/check/rules/template-exists.js';
import { termShape } from '../../../src/check/rules/term-shape.js';
import { terminationByParty } from '../../../src/check/rules/termination-by-party.js';
import { uniqueId } from '../../../src/check/rules/unique-id.js';
import { RULES } from '../../../src/check/rules/index.js';
import { ruleDescriptions } from '../../../src/check/rules/descriptions.js';
import { en, fr } from '../../say.js';
import { worded } from '../../worded.js';
import type { MessageKey } from '../../../src/text/say.js';
import type { Rule, RuleInput } from '../../../src/check/rule.js';
import { agreement, input, ORGS } from './input.js';


const run = (rule: Rule, ruleInput: RuleInput) => worded(en, [...rule.check(ruleInput)]);
const runFr = (rule: Rule, ruleInput: RuleInput) => worded(fr, [...rule.check(ruleInput)]);
const described = (say: typeof en, key: MessageKey | undefined) => (key === undefined ? undefined : say.message({ key }));

describe('the rule registry', () => {
  it('has unique ids, each with a description', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(described(en, rule.description)).not.toBe('');
  });
});

describe('id-matches-file', () => {
  it('passes when the id is the file stem', () => {
    expect(run(idMatchesFile, input([agreement({ id: 'amf-2016', file: 'agreements/national/amf-2016.yml' })]))).toEqual([]);
  });
  it('points at the id when they differ', () => {
    const [problem] = run(idMatchesFile, input([agreement({ id: 'amf-2017', file: 'agreements/national/amf-2016.yaml' })]));
    expect(problem).toMatchObject({ path: ['id'], message: 'id `amf-2017` differs from the file name `amf-2016`' });
  });
});

describe('unique-id', () => {
  it('reports the second file that reuses an id', () => {
    const problems = run(uniqueId, input([agreement({ id: 'a', file: 'agreements/x/a.yaml' }), agreement({ id: 'a', file: 'agreements/y/a.yaml' })]));
    expect(problems).toEqual([expect.objectContaining({ file: 'agreements/y/a.yaml', message: 'id `a` is already used by agreements/x/a.yaml' })]);
  });
});

describe('known-organization', () => {
  it('suggests the closest org id', () => {
    const [problem] = run(knownOrganization, input([agreement({ id: 'a', parties: [{ org: 'amff' }, { org: 'pole-emploi' }] })]));
    expect(problem).toMatchObject({ path: ['parties', 0, 'org'], message: 'unknown organization `amff`', hint: 'did you mean `amf`?' });
  });
  it('checks termination.by too', () => {
    const problems = run(knownOrganization, input([agreement({ id: 'a', termination: { by: 'nobody', ended: '2020-01-01' } })]));
    expect(problems.map((p) => p.path)).toEqual([['termination', 'by']]);
  });
  it('stays silent when the registry could not be read', () => {
    expect(run(knownOrganization, input([agreement({ id: 'a', parties: [{ org: 'x' }, { org: 'y' }] })], null))).toEqual([]);
  });
});

describe('known-reference', () => {
  it('accepts an existing parent and reports a missing one with a suggestion', () => {
    const records = [agreement({ id: 'amf-2016' }), agreement({ id: 'local-1', kind: 'local', parent: 'amf-2016' }), agreement({ id: 'local-2', kind: 'local', parent: 'amf-2061' })];
    const problems = run(knownReference, input(records));
    expect(problems).toEqual([expect.objectContaining({ file: 'agreements/local-2.yaml', path: ['parent'], hint: 'did you mean `amf-2016`?' })]);
  });
  it('suggests once for thousands of records naming a framework whose id changed', () => {
    // 5,000 conventions named `ave-2020` after it became `ave-2021`, among 20,000 ids: each used to
    // compare the name with every id again (a 10,000-record tree took over five minutes).
    const locals = Array.from({ length: 20_000 }, (_, i) => agreement({ id: `conv-${i}`, kind: 'local', parent: i < 5000 ? 'ave-2020' : 'amf-2016' }));
    const problems = run(knownReference, input([agreement({ id: 'amf-2016' }), agreement({ id: 'ave-2021' }), ...locals]));
    expect(problems).toHaveLength(5000);
    expect(new Set(problems.map((p) => p.hint))).toEqual(new Set(['did you mean `ave-2021`?']));
  });
  it('reports a record that supersedes itself', () => {
    const problems = run(knownReference, input([agreement({ id: 'a', supersedes: ['a'] })]));
    expect(problems[0]).toMatchObject({ path: ['supersedes', 0], message: '`a` refers to itself' });
  });
});

describe('reference-cycle', () => {
  it('reports each member of a parent cycle once', () => {
    const problems = run(referenceCycle, input([agreement({ id: 'a', parent: 'b' }), agreement({ id: 'b', parent: 'c' }), agreement({ id: 'c', parent: 'a' }), agreement({ id: 'd', parent: 'a' })]));
    expect(problems.map((p) => p.file).sort()).toEqual(['agreements/a.yaml', 'agreements/b.yaml', 'agreements/c.yaml']);
    expect(problems[0]!.message).toMatch(/^circular reference: /);
  });
  it('follows supersedes links too', () => {
    const problems = run(referenceCycle, input([agreement({ id: 'a', supersedes: ['b'] }), agreement({ id: 'b', supersedes: ['a'] })]));
    expect(problems.map((p) => p.path)).toEqual([['supersedes', 0], ['supersedes', 0]]);
  });
  it('accepts a long chain without a cycle', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => agreement({ id: `a${i}`, ...(i > 0 ? { parent: `a${i - 1}` } : {}) }));
    expect(run(referenceCycle, input(chain))).toEqual([]);
  });
});

describe('term-shape', () => {
  it('refuses both duration and end, at the end key', () => {
    const [problem] = run(termShape, input([agreement({ id: 'a', term: { duration: 'P1Y', end: '2020-12-31' } })]));
    expect(problem).toMatchObject({ path: ['term', 'end'], target: 'key' });
  });
  it('refuses a term with neither', () => {
    expect(run(termShape, input([agreement({ id: 'a', term: { renewal: 'tacit' } })]))[0]).toMatchObject({ path: ['term'] });
  });
  it('refuses a zero duration', () => {
    expect(run(termShape, input([agreement({ id: 'a', term: { duration: 'P0D' } })]))[0]).toMatchObject({ path: ['term', 'duration'], message: '`term.duration` is zero' });
  });
});

describe('date-order', () => {
  it('refuses a term that ends before it starts', () => {
    const [problem] = run(dateOrder, input([agreement({ id: 'a', effective: '2020-07-16', term: { end: '2020-06-30' } })]));
    expect(problem).toMatchObject({ path: ['term', 'end'] });
  });
  it('accepts an end on the first day', () => {
    expect(run(dateOrder, input([agreement({ id: 'a', effective: '2020-07-16', term: { end: '2020-07-16' } })]))).toEqual([]);
  });
  it('uses the signature when there is no effective date', () => {
    expect(run(dateOrder, input([agreement({ id: 'a', signed: '2020-07-16', termination: { ended: '2020-01-01' } })]))[0]).toMatchObject({ path: ['termination', 'ended'] });
  });
  it('wants a date in a termination', () => {
    expect(run(dateOrder, input([agreement({ id: 'a', termination: { by: 'amf' } })]))[0]).toMatchObject({ path: ['termination'] });
  });
});

describe('termination-by-party', () => {
  it('accepts a successor of a party', () => {
    expect(run(terminationByParty, input([agreement({ id: 'a', termination: { by: 'france-travail', notice_given: '2026-01-10' } })]))).toEqual([]);
  });
  it('refuses an organization that is not a party', () => {
    expect(run(terminationByParty, input([agreement({ id: 'a', termination: { by: 'ave', notice_given: '2026-01-10' } })]))[0]).toMatchObject({ path: ['termination', 'by'] });
  });
});

describe('renewal-settings', () => {
  it('warns about an unstated renewal period', () => {
    const [problem] = run(renewalSettings, input([agreement({ id: 'a', term: { duration: 'P1Y', renewal: 'tacit' } })]));
    expect(problem!.hint).toContain('art. 1214');
  });
  it('warns about max_renewals without tacit renewal', () => {
    expect(run(renewalSettings, input([agreement({ id: 'a', term: { duration: 'P1Y', max_renewals: 2 } })]))[0]).toMatchObject({ path: ['term', 'max_renewals'] });
  });
  it('is silent when the period is stated', () => {
    expect(run(renewalSettings, input([agreement({ id: 'a', term: { duration: 'P1Y', renewal: 'tacit', renewal_period: 'P1Y' } })]))).toEqual([]);
  });
});

describe('signed-before-parent', () => {
  it('warns when a convention is signed before its framework takes effect', () => {
    const records = [agreement({ id: 'f', effective: '2016-11-16' }), agreement({ id: 'l', kind: 'local', parent: 'f', signed: '2016-10-01' })];
    expect(run(signedBeforeParent, input(records))).toEqual([expect.objectContaining({ file: 'agreements/l.yaml', path: ['signed'] })]);
    expect(signedBeforeParent.severity).toBe('warning');
  });
});

describe('parent-required', () => {
  it('warns about a local convention without parent', () => {
    expect(run(parentRequired, input([agreement({ id: 'l', kind: 'local' })]))).toHaveLength(1);
  });
});

describe('template-exists', () => {
  it('warns about a missing template and lists those present', () => {
    const [problem] = run(templateExists, input([agreement({ id: 'f', template: 'templates/x.md.hbs' })], ORGS, ['templates/amf.md.hbs']));
    expect(problem).toMatchObject({ path: ['template'], hint: 'templates present: templates/amf.md.hbs' });
  });
});

describe('organization-registry', () => {
  it('reports duplicates, unknown successors and loops', () => {
    const problems = run(
      organizationRegistry,
      input([], [
        { id: 'a', name: 'A', kind: 'other', succeeded_by: { org: 'b', on: '2020-01-01' } },
        { id: 'b', name: 'B', kind: 'other', succeeded_by: { org: 'a', on: '2021-01-01' } },
        { id: 'c', name: 'C', kind: 'other', succeeded_by: { org: 'zz', on: '2021-01-01' } },
        { id: 'c', name: 'C again', kind: 'other' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([[0, 'succeeded_by', 'org'], [1, 'succeeded_by', 'org'], [2, 'succeeded_by', 'org'], [3, 'id']]);
  });
});

describe('the rules, in French', () => {

  it('describe themselves by a key, worded in the language asked for', () => {
    expect(described(en, termShape.description)).toBe('A term has either `duration` or `end`; durations are longer than zero.');
    expect(described(fr, termShape.description)).toBe('Une période a soit `duration`, soit `end` ; les durées sont supérieures à zéro.');
    for (const rule of RULES) expect(described(fr, rule.description)).not.toBe('');
  });

  it('describe every rule id for SARIF, worded in the language asked for', () => {
    expect(described(en, ruleDescriptions().get('invalid-date'))).toBe('Dates are written YYYY-MM-DD and exist in the calendar.');
    expect(described(fr, ruleDescriptions().get('invalid-date'))).toBe('Les dates s’écrivent AAAA-MM-JJ et existent dans le calendrier.');
    expect(described(fr, new Map(ruleDescriptions()).get('unique-id'))).toBe('Chaque identifiant n’est utilisé que par une seule fiche.');
    expect([...ruleDescriptions().keys()]).toContain('organization-registry');
    expect(ruleDescriptions().size).toBe(17 + RULES.length);
  });

  it('suggest the closest organization', () => {
    const [problem] = runFr(knownOrganization, input([agreement({ id: 'a', parties: [{ org: 'amff' }, { org: 'pole-emploi' }] })]));
    expect(problem).toMatchObject({ message: 'organisme inconnu `amff`', hint: 'vouliez-vous dire `amf` ?' });
  });

  it('say which dates are out of order', () => {
    const [problem] = runFr(dateOrder, input([agreement({ id: 'a', effective: '2020-07-16', term: { end: '2020-06-30' } })]));
    expect(problem).toMatchObject({
      message: 'le dernier jour de la période (2020-06-30) précède l’entrée en vigueur (`effective` : 2020-07-16)',
      hint: 'vérifiez les deux dates : le dernier jour de la période doit tomber le 2020-07-16 ou après',
    });
  });

  it('name an amendment and a local convention without a parent', () => {
    const problems = runFr(parentRequired, input([agreement({ id: 'a', kind: 'amendment' }), agreement({ id: 'b', kind: 'local' })]));
    expect(problems.map((p) => p.message)).toEqual(['un avenant sans `parent`', 'une convention locale sans `parent`']);
  });

  it('explain tacit renewal without a period', () => {
    const [problem] = runFr(renewalSettings, input([agreement({ id: 'a', term: { duration: 'P1Y', renewal: 'tacit' } })]));
    expect(problem!.message).toBe('reconduction tacite sans `renewal_period` : chaque période reconduite est réputée durer P1Y');
  });

  it('report a duplicated organization and a circular reference', () => {
    expect(runFr(organizationRegistry, input([], [...ORGS, ORGS[2]!]))[0]!.message).toBe('l’organisme `amf` figure deux fois (d’abord à l’entrée 3)');
    expect(runFr(referenceCycle, input([agreement({ id: 'a', parent: 'b' }), agreement({ id: 'b', parent: 'a' })]))[0]!.message).toBe('référence circulaire : a → b → a');
  });
});
