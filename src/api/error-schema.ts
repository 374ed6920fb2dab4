import { z } from 'zod/mini';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.optional(z.record(z.string(), z.string())),
    /** What a 422 lists, one item each: what a channel lacks for Active (`incomplete`). */
    details: z.optional(z.array(z.string())),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
