import { buildContext } from '../engine/analyze';
const text = process.argv[2] ?? '';
const ctx = buildContext(text, process.argv[3]);
const g = ctx.grammar;
console.log(ctx.lang, ctx.langs, g.tokens.map((t, i) => `${i}:${t.text}${g.negated[i] ? '¬' : ''}/${t.sentence}.${t.clause}`).join(' '));
for (const c of Object.keys((await import('../rules/concepts/catalog')).CONCEPTS).concat(['NUM','AMOUNT','MONEY','CONTACT'])) {
  const o = g.occurrences(c); if (o.length) console.log(c, o.map(x => `${x.first}-${x.last}`).join(','));
}
