/** Messages of src/check/ (see ../say.ts for the syntax). Keys are `check.<what>`. */
export const check = {
} as const;
