// Deterministic corpus of realistic agreement records (SPEC §2) for the benchmark.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TOWNS = ['Bordeaux', 'Lyon', 'Lille', 'Nantes', 'Rennes', 'Toulouse', 'Marseille', 'Strasbourg', 'Dijon', 'Limoges', 'Poitiers', 'Amiens', 'Rouen', 'Caen', 'Brest', 'Pau', 'Nîmes', 'Angers', 'Tours', 'Orléans'];
const KINDS = ['Maison de l\'emploi', 'PLIE', 'Association des maires', 'Communauté d\'agglomération', 'Mission locale'];
const NAMES = ['Marie Dupont', 'Jean Martin', 'Sophie Bernard', 'Luc Petit', 'Claire Durand', 'Paul Leroy', 'Anne Moreau', 'Hélène Fournier'];
const pad = (n) => String(n).padStart(2, '0');

let communesByDepartement;
/** The `k`-th real commune of a département (Etalab's list, a development dependency), so that `known-territory` passes. */
function commune(dep, k) {
  if (!communesByDepartement) {
    communesByDepartement = new Map();
    for (const c of createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json')) {
      if (c.type !== 'commune-actuelle') continue;
      communesByDepartement.set(c.departement, [...(communesByDepartement.get(c.departement) ?? []), c.code]);
    }
  }
  const codes = communesByDepartement.get(dep);
  return codes[k % codes.length];
}

/** Write `count` records and an organizations.yaml under `<dir>/agreements`; returns the folder. */
export function generate(dir, count, seed = 42) {
  rmSync(dir, { recursive: true, force: true });
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const partners = Math.max(10, Math.ceil(count / 5));
  const orgs = ['- id: pole-emploi\n  name: Pôle emploi\n  kind: public-body\n  succeeded_by: { org: france-travail, on: 2024-01-01 }', '- id: france-travail\n  name: France Travail\n  kind: public-body', '- id: amf\n  name: Association des maires de France\n  kind: association', '- id: ave\n  name: Alliance Villes Emploi\n  kind: association'];
  for (let i = 0; i < partners; i++) orgs.push(`- id: partenaire-${i}\n  name: ${pick(KINDS)} de ${pick(TOWNS)} ${i}\n  kind: ${next() < 0.5 ? 'association' : 'local-authority'}`);
  mkdirSync(join(dir, 'agreements', 'national'), { recursive: true });
  writeFileSync(join(dir, 'agreements', 'organizations.yaml'), `${orgs.join('\n')}\n`);
  writeFileSync(join(dir, 'agreements', 'national', 'amf-pole-emploi-2016.yaml'), 'id: amf-pole-emploi-2016\ntitle: Accord cadre national entre l\'AMF et Pôle emploi\nkind: framework\nlevel: national\nparties: [{ org: amf }, { org: pole-emploi }]\nsigned: 2016-11-16\nterm: { duration: P1Y, renewal: tacit, renewal_period: P1Y }\nnotice: { period: P2M }\n');
  writeFileSync(join(dir, 'agreements', 'national', 'ave-pole-emploi-2020.yaml'), 'id: ave-pole-emploi-2020\ntitle: Protocole Pôle emploi – Alliance Villes Emploi\nkind: protocol\nlevel: national\nparties: [{ org: pole-emploi }, { org: ave }]\nsigned: 2020-07-16\nterm: { end: 2020-12-31 }\nreview_every: P1Y\n');
  for (let i = 0; i < count; i++) {
    const dep = pad(1 + Math.floor(next() * 95));
    const folder = join(dir, 'agreements', 'local', dep);
    mkdirSync(folder, { recursive: true });
    const year = 2017 + Math.floor(next() * 10);
    const signed = `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const partner = `partenaire-${Math.floor(next() * partners)}`;
    const town = pick(TOWNS);
    const parent = next() < 0.7 ? 'amf-pole-emploi-2016' : 'ave-pole-emploi-2020';
    const term = next() < 0.75 ? `  duration: P${1 + Math.floor(next() * 3)}Y\n  renewal: tacit\n  renewal_period: P1Y\n` : `  end: ${year + 2}-12-31\n  renewal: none\n`;
    const third = next() < 0.3 ? `  - org: amf\n    signatory: { name: ${pick(NAMES)}, role: Vice-présidente }\n` : '';
    const id = `conv-${dep}-${i}`;
    // There is no département 20: Corsica is 2A and 2B.
    const territoryDep = dep === '20' ? '2A' : dep;
    // Six in ten were drafted by `accords new`, which records where they came from.
    const sha = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
    const provenance = next() < 0.6
      ? `provenance:\n  template: templates/${parent === 'amf-pole-emploi-2016' ? 'amf' : 'ave'}-convention-locale.md.hbs\n  template_sha256: ${sha}\n  tool_version: 0.1.0\n  variables:\n    partenaire_id: ${partner}\n    departement: "${dep}"\n    date_signature: ${signed}\n    lieu_signature: ${town}\n    duree: P1Y\n    reconduction: tacit\n    preavis: P2M\n    comite_reunions: 2\n    axe_projets: true\n`
      : '';
    writeFileSync(
      join(folder, `${id}.yaml`),
      `# yaml-language-server: $schema=../../../schemas/agreement.schema.json
id: ${id}
title: Convention locale de partenariat entre ${pick(KINDS)} de ${town} et France Travail (${dep})
kind: local
level: departmental
parties:
  - org: ${partner}
    signatory: { name: ${pick(NAMES)}, role: Président }
  - org: ${year >= 2024 ? 'france-travail' : 'pole-emploi'}
    signatory: { name: ${pick(NAMES)}, role: Directeur territorial }
${third}signed: ${signed}
place: ${town}
effective: ${signed}
term:
${term}notice:
  period: P${1 + Math.floor(next() * 3)}M
  applies: before-renewal
review_every: P1Y
committee: { name: comité local de pilotage, meetings_per_year: 2 }
parent: ${parent}
territory: { departement: "${territoryDep}", commune: "${commune(territoryDep, Math.floor(next() * 999))}" }
sources:
  - document: convention-${id}.pdf
    clause: Article 4
    quote: "La présente convention est conclue pour une durée d'un an et renouvelée par tacite reconduction."
  - document: convention-${id}.pdf
    clause: Article 5
    quote: "Elle peut être dénoncée par écrit avec un préavis de deux mois."
tags: [convention-locale, ${parent === 'amf-pole-emploi-2016' ? 'amf' : 'ave'}]
notes: >-
  Convention signée à ${town} dans le cadre de la déclinaison territoriale de l'accord national ;
  le comité local de pilotage se réunit deux fois par an pour suivre les actions communes,
  les forums emploi et le partage du diagnostic territorial.
${provenance}`,
    );
  }
  return dir;
}
