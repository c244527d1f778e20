import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource as readMessages } from '../../src/load/read.js';
import { describeFsError as describeMessage, listRecordFiles as listMessages } from '../../src/load/tree.js';
import { en, fr } from '../say.js';
import { wordedBy } from '../worded.js';

const readSource = wordedBy(en, readMessages);
const readSourceFr = wordedBy(fr, readMessages);
const describeFsError = wordedBy(en, describeMessage);
const describeFsErrorFr = wordedBy(fr, describeMessage);
const listRecordFiles = wordedBy(en, listMessages);
const listRecordFilesFr = wordedBy(fr, listMessages);

const base = mkdtempSync(join(tmpdir(), 'accords-read-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const big = join(base, 'big.yaml');
const problemOf = (source: ReturnType<typeof readSource | typeof readSourceFr>) => ('unreadable' in source ? source.unreadable : undefined);
writeFileSync(big, 'x'.repeat(1536 * 1024));

describe('readSource', () => {
  it('refuses a file over the limit, in KiB or MiB', () => {
    expect(readSource('big.yaml', big, 1024 * 1024)).toEqual({
      file: 'big.yaml',
      unreadable: { message: 'the file is 1.5 MiB, over the 1.0 MiB limit', hint: 'a record is a few kilobytes: keep long texts in the .md beside it' },
    });
    expect(problemOf(readSource('big.yaml', big, 1000))?.message).toBe('the file is 1.5 MiB, over the 1 KiB limit');
  });

  it('says it in French, with a decimal comma', () => {
    expect(problemOf(readSourceFr('big.yaml', big, 1024 * 1024))).toEqual({
      message: 'le fichier fait 1,5 Mio, au-delà de la limite de 1,0 Mio',
      hint: 'une fiche fait quelques kilo-octets : gardez les longs textes dans le .md à côté',
    });
    expect(problemOf(readSourceFr('gone.yaml', join(base, 'gone.yaml')))?.message).toBe('fichier illisible : introuvable (un lien symbolique cassé ?)');
  });
});

describe('describeFsError', () => {
  const fault = (code?: string) => Object.assign(new Error('boom'), code ? { code } : {});

  it('puts file system errors in words', () => {
    expect(['EACCES', 'ELOOP', 'EIO'].map((code) => describeFsError(fault(code)))).toEqual(['permission denied', 'a symbolic link loop', 'cannot be read (EIO)']);
    expect(describeFsError(fault())).toBe('cannot be read (boom)');
  });

  it('in French', () => {
    expect(['EPERM', 'EISDIR', 'EMFILE', 'EIO'].map((code) => describeFsErrorFr(fault(code)))).toEqual(['accès refusé', "c’est un dossier, pas un fichier", 'trop de fichiers ouverts', 'erreur (EIO)']);
  });

  it('names a record that is not a regular file', () => {
    mkdirSync(join(base, 'agreements'));
    execFileSync('mkfifo', [join(base, 'agreements', 'pipe.yaml')]);
    expect(listRecordFilesFr(base).map((entry) => entry.problem)).toEqual(['pas un fichier ordinaire']);
  });
});
