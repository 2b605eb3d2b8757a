/**
 * A Chinese notebook shows what its English twin shows, in other words: its expectations are the
 * English ones with the patterns that match words rewritten.
 */
import type { CellExpectations, Expectation } from "../../notebook_expectations.ts";

/**
 * The English notebook's expectations, with each one named (by its description) in `words`
 * matching the Chinese text instead: a pattern replaces its `text`; an object replaces its `text`
 * and `accept` (when the Chinese sentence puts the numbers in another order). `extra` adds
 * expectations only the Chinese edition has. Throws when `words` names no English expectation
 * (the English one was renamed or removed).
 */
export function inChinese(
  english: CellExpectations,
  words: Record<string, RegExp | Pick<Expectation, "text" | "accept">>,
  extra: CellExpectations = {},
): CellExpectations {
  const unused = new Set(Object.keys(words));
  const chinese: CellExpectations = {};
  for (const [cellId, expectations] of Object.entries(english)) {
    chinese[cellId] = expectations.map((expectation) => {
      const change = words[expectation.description];
      if (change === undefined) return expectation;
      unused.delete(expectation.description);
      return { ...expectation, ...(change instanceof RegExp ? { text: change } : change) };
    });
  }
  if (unused.size > 0) {
    throw new Error(`No English expectation is described as: ${[...unused].join("; ")}`);
  }
  for (const [cellId, expectations] of Object.entries(extra)) {
    chinese[cellId] = [...(chinese[cellId] ?? []), ...expectations];
  }
  return chinese;
}
