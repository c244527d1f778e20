/** Messages of src/lifecycle/ (see ../say.ts for the syntax). Keys are `lifecycle.<what>`. */
export const lifecycle = {
} as const;
