/** Messages of src/draft/ (see ../say.ts for the syntax). Keys are `draft.<what>`. */
export const draft = {
} as const;
