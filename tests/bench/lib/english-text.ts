/** Shared by the term checks (terms-check, terms-mine): English text compared, term statuses. */

/** Lower-case, straight quotes, one space: so renderings match regardless of typography. */
export function normaliseEnglish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ');
}

export type TermStatus = 'confirmed' | 'contradicted' | 'unconfirmed' | 'unchecked';

/** A term's status from the pairs that hold it and those that confirm a rendering. */
export function termStatus(pairsWithTerm: number, confirmingPairs: number): TermStatus {
  if (confirmingPairs > 0) return 'confirmed';
  if (pairsWithTerm >= 2) return 'contradicted';
  return pairsWithTerm === 1 ? 'unconfirmed' : 'unchecked';
}

/** How many terms have each status. */
export function countStatuses(
  terms: readonly { status: TermStatus }[],
): Record<TermStatus, number> {
  const counts = { confirmed: 0, contradicted: 0, unconfirmed: 0, unchecked: 0 };
  for (const t of terms) counts[t.status]++;
  return counts;
}
