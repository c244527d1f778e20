import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listAside } from '../../src/load/list-aside.js';
import { packListing, unpackListing } from '../../src/load/packed-listing.js';
import { listRecordFiles } from '../../src/load/tree.js';

const base = mkdtempSync(join(tmpdir(), 'accords-aside-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A tree with what a listing can meet: nested folders, a name with a space and accents, a link out of the root, a broken link, a file that is not a record. */
function tree(name: string): string {
  const root = join(base, name);
  mkdirSync(join(root, 'agreements', 'local', 'Île de France'), { recursive: true });
  writeFileSync(join(root, 'agreements', 'organizations.yaml'), 'organizations: []\n');
  writeFileSync(join(root, 'agreements', 'national.yaml'), 'id: n\n');
  writeFileSync(join(root, 'agreements', 'local', 'Île de France', 'conv 75 é.yml'), 'id: a\n');
  writeFileSync(join(root, 'agreements', 'local', 'notes.txt'), 'not a record\n');
  writeFileSync(join(base, `${name}-outside.yaml`), 'secret: 1\n');
  symlinkSync(join(base, `${name}-outside.yaml`), join(root, 'agreements', 'local', 'leaves.yaml'));
  symlinkSync(join(root, 'nowhere.yaml'), join(root, 'agreements', 'local', 'broken.yaml'));
  return root;
}

describe('the listing made on another thread', () => {
  it('is the listing, packed and unpacked, with metadata and without, problems included', () => {
    const root = tree('packed');
    for (const stat of [true, false]) {
      const listed = listRecordFiles(root, { stat });
      expect(listed.some((entry) => entry.problem)).toBe(true);
      expect(unpackListing(root, packListing(listed))).toEqual(listed);
    }
    expect(unpackListing(root, packListing([]))).toEqual([]);
  });

  it('is made here when the thread script is not built (the sources under the test runner)', async () => {
    const root = tree('here');
    expect(await listAside(root, true)()).toEqual({ entries: listRecordFiles(root, { stat: true }), by: 'here' });
  });

  it('is the same when the built thread lists it (dist/, which `npm test` builds first)', async () => {
    const root = tree('built');
    const built = (await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'load', 'list-aside.js')).href)) as { listAside: typeof listAside };
    for (const stat of [true, false]) expect(await built.listAside(root, stat)()).toEqual({ entries: listRecordFiles(root, { stat }), by: 'thread' });
  });
});
