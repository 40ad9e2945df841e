/**
 * The single list of test projects. Every folder matched here that has a
 * `vitest.config.ts` is a project; `vitest.config.ts` at the root runs each of
 * them once per time zone in {@link TIME_ZONES}, because date bugs hide there.
 */
export const PROJECT_GLOBS = ['packages/*', 'examples/*'] as const;

export const TIME_ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'] as const;

export default PROJECT_GLOBS;
