/** Messages of src/help/ (see ../say.ts for the syntax). Keys are `help.<what>`. */
export const help = {
} as const;
