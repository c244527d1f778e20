/** Every area's messages, by the name each area's keys start with. */
export { check } from './check.js';
export { commands } from './commands.js';
export { common } from './common.js';
export { coverage } from './coverage.js';
export { deadlines } from './deadlines.js';
export { draft } from './draft.js';
export { drafting } from './drafting.js';
export { format } from './format.js';
export { git } from './git.js';
export { help } from './help.js';
export { init } from './init.js';
export { lifecycle } from './lifecycle.js';
export { load } from './load.js';
export { newcomer } from './newcomer.js';
export { render } from './render.js';
export { report } from './report.js';
export { yamlsuite } from './yamlsuite.js';
