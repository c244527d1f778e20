/** Every area's messages, by the name each area's keys start with. */
export { check } from './check.js';
export { commands } from './commands.js';
export { common } from './common.js';
export { draft } from './draft.js';
export { format } from './format.js';
export { git } from './git.js';
export { help } from './help.js';
export { lifecycle } from './lifecycle.js';
export { load } from './load.js';
export { robust } from './robust.js';
