/**
 * The Next.js release whose internals this folder was read against. package.json pins `next` to it exactly, and
 * tests/lib/next-internals/seam.test.ts fails when the installed Next differs: re-read the code each file names,
 * update what changed, then this constant and the pin together.
 */
export const CHECKED_NEXT_VERSION = '16.4.6'
