import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';

export type RootResult = { readonly ok: true; readonly root: string } | { readonly ok: false; readonly message: Message; readonly hint: Message };

/**
 * The repository of agreements: `--root` if given, else `$ACCORDS_ROOT`, else the nearest
 * ancestor of `cwd` that has an `agreements/` folder (SPEC §1).
 */
export function resolveRoot(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): RootResult {
  const given = option ?? (env.ACCORDS_ROOT ? env.ACCORDS_ROOT : undefined);
  if (given !== undefined) {
    const root = resolve(cwd, given);
    const source = option !== undefined ? '--root' : '$ACCORDS_ROOT';
    if (!isDirectory(root)) return { ok: false, message: message('load.rootNotFolder', { source, folder: root }), hint: message('load.rootNotFolderHint') };
    if (!isDirectory(join(root, 'agreements'))) return { ok: false, message: message('load.rootNoAgreements', { source, folder: root }), hint: message('load.rootNoAgreementsHint') };
    return { ok: true, root };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (isDirectory(join(dir, 'agreements'))) return { ok: true, root: dir };
    if (dirname(dir) === dir) break;
  }
  return { ok: false, message: message('load.rootNotFound', { folder: cwd }), hint: message('load.rootNotFoundHint') };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
