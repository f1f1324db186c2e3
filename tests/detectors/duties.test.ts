import { describe, expect, it } from 'vitest';
import { normalize } from '../../engine/normalize';
import { assessDuties, easyWorkRanges, englishTaskVerbs } from '../../detectors/duties';
import type { Lang } from '../../engine/types';

const assess = (text: string, lang: Lang) => assessDuties(normalize(text).text, text, [lang]);

describe('assessDuties', () => {
  it.each<[string, Lang]>([
    ['Hostess jobs in Dubai. Earn from $6,000 per month, tax free. No experience and no English required.', 'en'],
    ['Guadagni facili, 300 € al giorno con un lavoro semplice dal telefono! Nessuna esperienza.', 'it'],
    ['Praca w Holandii bez znajomości języka! Prosta praca, zarobki nawet 3500 € netto miesięcznie.', 'pl'],
    ['Търсим момичета за работа като хостеси в клубове в Дубай. Заплата от 4000 евро на месец.', 'bg'],
    ['Ζητούνται κοπέλες για εργασία ως hostess σε κλαμπ. Αποδοχές έως 4.000€ τον μήνα.', 'el'],
  ])('finds vague duties: %s', (text, lang) => expect(assess(text, lang).vague).toBe(true));

  it.each<[string, Lang]>([
    ['Senior Backend Engineer – Northwind Analytics Ltd. You will design APIs, maintain data pipelines and review code. Requirements: 5+ years of experience. Full-time.', 'en'],
    ['Fioreria cerca fiorista: composizione di mazzi di rose, cura del cliente e uso della cassa. Contratto part-time 24 ore. CV a info@giardinodimarta.it', 'it'],
    ['Kwiaciarnia zatrudni florystkę. Układanie bukietów, obsługa klienta. Umowa o pracę, pełny etat.', 'pl'],
    ['Хотел търси камериерки и помощник-готвачи. Трудов договор, храна, заплата от 850 евро.', 'bg'],
    ['Servicekraft in Teilzeit, 20 Std./Woche, Café Lindenblüte, Bewerbung an jobs@cafe-lindenbluete.de', 'de'],
  ])('finds clear duties: %s', (text, lang) => expect(assess(text, lang).vague).toBe(false));

  it('uses compromise only for English and only when the lexicons leave it open', () => {
    expect(assess('Earn $6,000 per month as a hostess.', 'en').usedNlp).toBe(true);
    expect(assess('Guadagni 8.000 € al mese come hostess.', 'it').usedNlp).toBe(false);
    const clear = assess('Picking, packing and loading orders in our warehouse, forklift licence required. Full-time shifts at Hallbrook Ltd.', 'en');
    expect(clear).toMatchObject({ vague: false, usedNlp: false });
  });

  it('counts task verbs that compromise finds in English', () => {
    const text = 'We need someone to prune hedges, mow lawns and rake leaves for us.';
    expect(assess(text, 'en').concrete).toBeGreaterThan(assessDuties(normalize(text).text, text, ['it']).concrete);
  });
});

describe('easyWorkRanges', () => {
  it.each<[string, Lang, string]>([
    ['Simple online tasks, big pay', 'en', 'simple online tasks'],
    ['lavoro semplice dal telefono', 'it', 'lavoro semplice'],
    ['Trabajo sencillo, sin experiencia', 'es', 'trabajo sencillo'],
    ['Prosta praca w Holandii', 'pl', 'prosta praca'],
    ['Легкая работа, высокий доход', 'ru', 'легкая работа'],
    ['Einfache Arbeit im Lager', 'de', 'einfache arbeit'],
  ])('%s', (text, lang, phrase) => {
    const n = normalize(text).text;
    expect(easyWorkRanges(n, [lang]).map((r) => n.slice(r.start, r.end))).toContain(phrase);
  });
});

describe('englishTaskVerbs', () => {
  const text = 'You will prepare invoices, maintain records, schedule meetings and answer calls. Earn $5,000 a month.';

  it('stops reading verbs once it has as many as asked, in the order they are written', () => {
    expect([...englishTaskVerbs(text, 2)]).toEqual(['prepare', 'maintain']);
    expect(englishTaskVerbs(text).size).toBeGreaterThan(2);
  });
});
