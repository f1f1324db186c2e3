import type { Flag, Span } from './types';
import type { Rule } from './rule';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One fact, one flag. A phrase is evidence for one rule of a category: a rule loses the spans that
 * overlap the evidence of a rule that supersedes it, and a span found by several rules of one
 * category stays with the heaviest. Across categories one phrase may say two things (a kept
 * passport is a document demand and a control signal), as the catalogue's labels have it.
 * Inside a flag, the same phrase is listed once ("Hostess", "HOSTESS"). A flag left with no
 * evidence is dropped: its fact is told by another flag.
 */
export function oneFactOneFlag(flags: Flag[], rules: ReadonlyMap<string, Rule>): Flag[] {
  const evidence = new Map<Flag, Span[]>(flags.map((f) => [f, [...f.evidence]]));
  for (const winner of flags) {
    for (const loser of flags) {
      if (!rules.get(winner.rule)?.supersedes?.includes(loser.rule)) continue;
      const won = evidence.get(winner) as Span[];
      evidence.set(loser, (evidence.get(loser) as Span[]).filter((s) => !won.some((w) => overlaps(s, w))));
    }
  }
  const byWeight = [...flags].sort((a, b) => b.weight - a.weight);
  const owner = new Map<string, Flag>();
  const key = (f: Flag, s: Span) => `${f.category}:${s.start}:${s.end}`;
  for (const f of byWeight) for (const s of evidence.get(f) as Span[]) if (!owner.has(key(f, s))) owner.set(key(f, s), f);
  const out: Flag[] = [];
  for (const f of flags) {
    const seen = new Set<string>();
    const kept = (evidence.get(f) as Span[]).filter((s) => {
      const text = s.text.toLocaleLowerCase();
      if (owner.get(key(f, s)) !== f || seen.has(text)) return false;
      seen.add(text);
      return true;
    });
    if (kept.length > 0) out.push(kept.length === f.evidence.length ? f : { ...f, evidence: kept });
  }
  return out;
}
