// npx tsx scripts/_why.ts "text" [lang]: one text's kind, level, score, flags with their evidence, and mitigations (for rule authors).
import { analyze } from '../engine/index';
const r = analyze(process.argv[2] ?? '', { lang: process.argv[3] });
console.log(r.lang, r.kind, r.level, r.score, JSON.stringify(r.flags.map((f) => [f.rule, f.evidence.map((e) => e.text)])), JSON.stringify(r.mitigations.map((m) => [m.id, m.evidence.map((e) => e.text)])));
