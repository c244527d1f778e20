import type { FileCheck } from '../check/check-file.js';
import type { Finding } from '../check/finding.js';
import type { Locator } from '../check/place.js';
import { sourceOf } from '../load/scan.js';
import type { RecordEntry } from '../load/scan.js';
import { locateFastYaml } from '../parse/fast-yaml.js';
import type { FactsStore, Place } from '../store/facts-store.js';
import { parse } from './record-facts.js';

/** A finding's place is known by its path and what it points at. */
const placeKey = (finding: Finding) => JSON.stringify([finding.path, finding.target ?? 'value']);

/**
 * Where cross-file findings go in each file: the places the store remembers of an unchanged file,
 * else the file read and located again (its places then remembered). The registry, parsed this
 * run, places its own.
 */
export function locatorFor(entries: readonly RecordEntry[], registry: FileCheck, store: FactsStore | undefined): (file: string, findings: readonly Finding[]) => Locator | undefined {
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  return (file, findings) => {
    if (file === registry.file) return registry.parsed;
    const remembered = store?.places(file);
    if (remembered && findings.every((f) => remembered.has(placeKey(f)))) return fromPlaces(remembered);
    const entry = byFile.get(file);
    const source = entry && sourceOf(entry);
    if (!source || !('text' in source)) return undefined;
    const locator: Locator = (() => {
      const locate = locateFastYaml(source.text, findings.map((f) => f.path));
      return locate ? { locate } : parse(source.text);
    })();
    if (store) store.rememberPlaces(file, placesOf(findings, locator, remembered));
    return locator;
  };
}

function placesOf(findings: readonly Finding[], locator: Locator, known: ReadonlyMap<string, Place> | undefined): Map<string, Place> {
  const places = new Map(known);
  for (const finding of findings) {
    const range = locator.locate(finding.path, finding.target);
    const typed = locator.typed?.(range);
    places.set(placeKey(finding), typed === undefined ? { range } : { range, typed });
  }
  return places;
}

/** A locator that answers from remembered places (asked, as `placeFinding` does, for a finding's range and then its text). */
function fromPlaces(places: ReadonlyMap<string, Place>): Locator {
  let last: Place | undefined;
  return {
    locate(path, target) {
      last = places.get(JSON.stringify([path, target ?? 'value']));
      return last!.range;
    },
    typed: () => last?.typed ?? '',
  };
}
