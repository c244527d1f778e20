/** Messages of src/git/ (see ../say.ts for the syntax). Keys are `git.<what>`. */
export const git = {
} as const;
