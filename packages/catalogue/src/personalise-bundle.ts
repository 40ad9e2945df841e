import { CatalogueError } from './errors';
import { answerProblems, answersError, type PersonaliseOptions, personaliseChecked } from './personalise';
import type { Answers, BundleGuide, Catalogue, Item, LocalFields, Situation } from './types';
import { type AsOfOptions, findItem } from './versions';

/**
 * A one-thing bundle (一件事) personalised: one guide per member in handling order (version in effect on
 * `asOf`, or the latest). Answers are shared by question id across members, so a question asked by two items
 * is answered once; `unanswered` lists each open question once.
 *
 * @throws CatalogueError `UNKNOWN_BUNDLE`, `UNKNOWN_ITEM` (a member not in effect), `INVALID_ANSWERS`.
 * @example
 * ```ts
 * const g = personaliseBundle(catalogue, 'open-restaurant', { applicant: 'self', 'sells-cold-food': false });
 * g.guides.map((x) => x.item.name);
 * ```
 */
export function personaliseBundle<L = LocalFields, T extends string = never>(
  catalogue: Catalogue<L, T>,
  bundleId: string,
  answers: Answers = {},
  options: PersonaliseOptions & AsOfOptions = {},
): BundleGuide<L, T> {
  const bundle = catalogue.bundles.find((b) => b.id === bundleId);
  if (!bundle) throw new CatalogueError('UNKNOWN_BUNDLE', `unknown bundle "${bundleId}"`, { field: 'bundleId' });
  const members = bundle.members
    .map((m, index) => ({ m, index }))
    .sort((a, b) => a.m.order - b.m.order || a.index - b.index)
    .map(({ m }): Item<L, T> => {
      const item = findItem(catalogue, m.item, options);
      if (!item)
        throw new CatalogueError('UNKNOWN_ITEM', `bundle "${bundleId}" member "${m.item}" is not in effect`, {
          field: 'bundleId',
        });
      return item;
    });
  const questions = new Map<string, Situation>();
  for (const item of members) for (const s of item.situations) if (!questions.has(s.id)) questions.set(s.id, s);
  const problems = answerProblems(questions, answers);
  if (problems.length > 0) throw answersError(problems);
  const guides = members.map((item) => personaliseChecked(item, answers, options));
  const seen = new Set<string>();
  const unanswered = guides
    .flatMap((g) => g.unanswered)
    .filter((u) => !seen.has(u.question) && seen.add(u.question) !== undefined);
  return { bundle, guides, unanswered, complete: guides.every((g) => g.complete) };
}
