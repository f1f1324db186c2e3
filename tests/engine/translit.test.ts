import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { detectTransliteration, translitReadings, TRANSLIT_TABLES } from '../../engine/translit';
import { ConceptIndex } from '../../engine/lexicon';
import { normalize } from '../../engine/normalize';
import { LEXICONS } from '../../rules/concepts/index';

const index = new ConceptIndex(LEXICONS);
const detect = (text: string) => detectTransliteration(normalize(text).text, index.isWord)?.langs;
const [CYRILLIC, GREEK] = TRANSLIT_TABLES.map((t) => t.table);

describe('Latin chat spellings of Cyrillic and Greek', () => {
  it('reads chat digits and letter groups', () => {
    expect(translitReadings('6te', CYRILLIC!)).toContain('ще');
    expect(translitReadings('li4nata', CYRILLIC!)).toContain('личната');
    expect(translitReadings('zaplatata', CYRILLIC!)).toEqual(['заплатата']);
    expect(translitReadings('diavathrio', GREEK!)).toContain('διαβατηριο');
    expect(translitReadings('dikous', GREEK!)).toContain('δικους');
    expect(translitReadings('mistho', GREEK!)).toContain('μισθο');
  });

  it('a Greeklish chat message is read as Greek and flags what it says', () => {
    const text = 'geia sou! h douleia einai se club sto Londino, 2500 to mhna. to eisithrio to plhrwnei to afentiko kai meta to dineis apo ton mistho sou. mhn peis tipota stous dikous sou. steile mou foto apo to diavathrio shmera';
    expect(detect(text)).toEqual(['el']);
    const rules = analyze(text).flags.map((f) => f.rule);
    expect(rules).toContain('costs-repaid-from-wages');
    expect(rules).toContain('keep-it-secret');
  });

  it('a Bulgarian chat in Latin letters is read in Cyrillic', () => {
    const text = 'zdr, shefkata tursi o6te momi4eta za bar v Gurciq. bileta 6te go plati tq, posle go vrushtash ot zaplatata. ne kazvai na vashtite. pra6tai mi snimka na li4nata karta dnes';
    expect(detect(text)).toEqual(['bg', 'ru', 'uk']);
    expect(analyze(text).flags.map((f) => f.rule)).toContain('costs-repaid-from-wages');
  });

  it.each([
    ['en', 'Warehouse operatives needed in Leeds, £12.50 an hour, weekly pay, days and nights. Apply with your CV on our website.'],
    ['pl', 'Praca na magazynie w Poznaniu, umowa o pracę, 32 zł brutto za godzinę, zakwaterowanie we własnym zakresie. Nie jest wymagane doświadczenie.'],
    ['sk', 'Hľadáme skladníka do Nitry, práca na dve zmeny, mzda 1200 eur, nástup ihneď. Životopis posielajte mailom.'],
    ['ro', 'Angajăm șofer categoria B pentru livrări în București, program de luni până vineri, salariu 4500 lei net.'],
    ['de', 'Wir suchen eine Reinigungskraft in Teilzeit für unser Büro in Köln, 15 Euro pro Stunde, unbefristeter Vertrag.'],
  ])('%s text stays as written', (_lang, text) => {
    expect(detect(text)).toBeUndefined();
  });
});
