/** Messages of src/load/ (see ../say.ts for the syntax). Keys are `load.<what>`. */
export const load = {
} as const;
