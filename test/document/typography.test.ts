import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '../../src/document/typography.js';

/** The text with its no-break spaces made visible: `~` for U+00A0, `^` for U+202F. */
const shown = (text: string) => frenchTypography(text).replaceAll(NBSP, '~').replaceAll(NNBSP, '^');

describe('frenchTypography', () => {
  it.each([
    ['Article 3 : Suivi', 'Article 3~: Suivi'],
    ['Article 3: Suivi', 'Article 3~: Suivi'],
    ['les axes suivants :', 'les axes suivants~:'],
    ['ceci ; cela', 'ceci^; cela'],
    ['vraiment?', 'vraiment^?'],
    ['Quoi ?!', 'Quoi^?!'],
    ['Attention !', 'Attention^!'],
    ['« indemnisation secteur public »', '«~indemnisation secteur public~»'],
    ['«oui»', '«~oui~»'],
    ['« **Maison de l’emploi** »', '«~**Maison de l’emploi**~»'],
    ['**Axe 1** : partager', '**Axe 1**~: partager'],
    ['12 000 jeunes', '12^000 jeunes'],
    ['1 500 000 euros', '1^500^000 euros'],
    ['loi n° 2023-1196', 'loi n°~2023-1196'],
    ['représentée par M. Jean Dupuis et Mme Marie Dupont', 'représentée par M.~Jean Dupuis et Mme~Marie Dupont'],
    ['10 % des offres, 1 200 €', '10~% des offres, 1^200~€'],
  ])('%j → %j', (input, output) => expect(shown(input)).toBe(output));

  it.each(['10:30', 'https://www.francetravail.fr/a?b=1', '33000 Bordeaux', 'en 2026, 2027', 'ratio 1:2', '<!-- accords:signatures -->', '|:---|---:|', 'le 1er décembre 2026', '[note]: x'])('leaves %j alone', (text) => {
    expect(frenchTypography(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = frenchTypography('« oui » ; « non » : 12 000 ? M. Dupont !');
    expect(frenchTypography(once)).toBe(once);
  });

  it('replaces a breakable space before a mark, never adds a second one', () => {
    expect(shown('a  : b')).toBe('a~: b');
    expect(shown(`a${NBSP}: b`)).toBe('a~: b');
    expect(shown(`a${NNBSP}; b`)).toBe('a^; b');
  });
});
