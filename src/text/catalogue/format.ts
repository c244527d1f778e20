/** Messages of src/format/ (see ../say.ts for the syntax). Keys are `format.<what>`. */
export const format = {
} as const;
