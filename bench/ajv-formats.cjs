// ajv-cli custom module: the same `date` format accords checks.
module.exports = (ajv) => require('ajv-formats')(ajv, ['date']);
