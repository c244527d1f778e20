// The floor: what it costs only to find and read every record, and do nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
const pending = [join(process.argv[2], 'agreements')];
while (pending.length) {
  const dir = pending.pop();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pending.push(path);
    else if (/\.ya?ml$/.test(entry.name)) bytes += readFileSync(path).length;
  }
}
process.stdout.write(`${bytes}\n`);
