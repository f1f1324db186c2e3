/**
 * Clustering speed and accuracy on GENERATED ads (tests/link/generate.ts): 10,000 ads by default,
 * 300 networks of 10 re-posts over 3 phones, 2 look-alike ads per network, the rest unrelated.
 * Prints the median time of linkAds over a few runs and the pairwise precision/recall of the
 * near-duplicate groups against the generator's ground truth. Nothing is asserted: the machine is shared.
 *
 *   npx tsx scripts/bench-clusters.ts [--ads 10000] [--runs 5]
 */
import { linkAds } from '../engine/link/index';
import { generateAds } from '../tests/link/generate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const total = arg('ads', 10_000);
const runs = arg('runs', 5);
const networks = Math.round(total * 0.03);
const adsPerNetwork = 10;
const lookalikesPerNetwork = 2;
const ads = generateAds({ networks, adsPerNetwork, phonesPerNetwork: 3, lookalikesPerNetwork, unrelated: Math.max(0, total - networks * (adsPerNetwork + lookalikesPerNetwork)) });

// Wall time, and CPU time of this process: on a shared, busy machine the second is the steadier figure.
const times: number[] = [];
const cpuTimes: number[] = [];
let result = linkAds(ads);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  result = linkAds(ads);
  const cpu = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);

const family = new Map(ads.map((a) => [a.id, a.family]));
const scored = { duplicate: { right: 0, wrong: 0 }, contact: { right: 0, wrong: 0 } };
for (const c of result.clusters) {
  const tally = c.kind === 'duplicate-text' ? scored.duplicate : scored.contact;
  for (let i = 0; i < c.adIds.length; i++) {
    for (let j = i + 1; j < c.adIds.length; j++) {
      const a = family.get(c.adIds[i] as string);
      if (a !== undefined && a === family.get(c.adIds[j] as string)) tally.right++;
      else tally.wrong++;
    }
  }
}
const truePairs = networks * ((adsPerNetwork * (adsPerNetwork - 1)) / 2);
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const count = (kind: string) => result.clusters.filter((c) => c.kind === kind).length;

console.log(`ads: ${ads.length} (generated: ${networks} networks × ${adsPerNetwork} re-posts, ${networks * lookalikesPerNetwork} look-alikes)`);
const median = (xs: number[]) => (xs[Math.floor(xs.length / 2)] as number).toFixed(0);
console.log(`linkAds: median ${median(times)} ms wall (best ${(times[0] as number).toFixed(0)} ms), ${median(cpuTimes)} ms CPU, over ${runs} runs`);
console.log(`clusters: ${count('shared-contact')} shared-contact, ${count('duplicate-text')} duplicate-text`);
console.log(`duplicate-text pairs: precision ${pct(scored.duplicate.right / Math.max(1, scored.duplicate.right + scored.duplicate.wrong))}, recall ${pct(scored.duplicate.right / truePairs)}`);
console.log(`shared-contact pairs: precision ${pct(scored.contact.right / Math.max(1, scored.contact.right + scored.contact.wrong))}`);
