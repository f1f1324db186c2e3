import { describe, expect, it } from 'vitest';
import { asLang, detectLanguage } from '../../engine/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'We are looking for warehouse operatives for our distribution centre, day and night shifts available.'],
    ['it', 'Cerchiamo ragazze per lavoro in Germania, viaggio pagato e alloggio garantito, nessuna esperienza richiesta.'],
    ['es', 'Buscamos chicas para trabajar en un club en Madrid, alojamiento incluido, no se necesita experiencia.'],
    ['pl', 'Praca w Niemczech od zaraz, zakwaterowanie zapewnione, bez znajomości języka, wysokie zarobki.'],
    ['sk', 'Práca v Rakúsku ihneď, ubytovanie zabezpečené, bez znalosti jazyka, vysoký zárobok každý týždeň.'],
    ['bg', 'Търсим момичета за работа в чужбина, осигурена квартира, не се изисква опит, висока заплата.'],
    ['el', 'Ζητούνται κοπέλες για εργασία στο εξωτερικό, δωρεάν διαμονή, χωρίς εμπειρία, υψηλές αποδοχές.'],
    ['ro', 'Căutăm fete pentru muncă în Germania, cazare asigurată, nu este nevoie de experiență, salariu mare.'],
    ['uk', 'Шукаємо дівчат для роботи за кордоном, житло безкоштовне, досвід не потрібен, висока зарплата.'],
    ['ru', 'Ищем девушек для работы за границей, жильё бесплатно, опыт не нужен, высокая зарплата каждую неделю.'],
    ['fr', 'Nous recherchons des hôtesses pour travailler à l’étranger, logement fourni, aucune expérience requise.'],
    ['de', 'Wir suchen Mitarbeiterinnen für die Arbeit im Ausland, Unterkunft gestellt, keine Erfahrung nötig.'],
  ])('detects %s', (lang, text) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe(lang);
    expect(guess.run).toContain(lang);
  });

  it('runs the page language on a short ad even when franc guesses otherwise', () => {
    const guess = detectLanguage('Solo WhatsApp, 1 ora 150', 'it-IT');
    expect(guess.lang).toBe('it');
    expect(guess.run).toContain('it');
  });

  it('keeps the page hint among the languages that run when the ad disagrees with the page', () => {
    const guess = detectLanguage('Ищем девушек для работы за границей, жильё бесплатно, опыт не нужен.', 'it');
    expect(guess.lang).toBe('ru');
    expect(guess.run).toEqual(expect.arrayContaining(['ru', 'it']));
  });

  it('runs both languages of a mixed ad', () => {
    const guess = detectLanguage('Lavoro hostess a Dubai, viaggio pagato. Hostess jobs in Dubai, flight paid, high salary, no experience.');
    expect(guess.run).toEqual(expect.arrayContaining(['it', 'en']));
  });

  it('runs both languages of a long ad with a paragraph in another language', () => {
    const italian =
      'Cerchiamo ragazze giovani e carine per lavoro come hostess in un locale elegante a Dubai. Il viaggio e il visto sono pagati dalla nostra agenzia, ' +
      'alloggio garantito vicino al locale, nessuna esperienza richiesta, stipendio molto alto ogni settimana.';
    const polish = 'Szukamy młodych dziewczyn do pracy jako hostessy w Dubaju. Przelot i wizę opłaca nasza agencja, zakwaterowanie zapewnione.';
    const guess = detectLanguage(`${italian} ${polish}`);
    expect(guess.lang).toBe('it');
    expect(guess.run).toEqual(expect.arrayContaining(['it', 'pl']));
  });

  it('runs English rules beside the language of an ad in Latin script', () => {
    const guess = detectLanguage('Cerchiamo ragazze per lavoro in Germania, viaggio pagato e alloggio garantito, nessuna esperienza richiesta. New in town.');
    expect(guess.run).toEqual(expect.arrayContaining(['it', 'en']));
  });

  it('runs only the language of a long ad written in one language', () => {
    const text =
      'We are hiring a warehouse operative for our distribution centre near Leeds. You will pick and pack customer orders, load and unload deliveries, ' +
      'keep the aisles safe and tidy and work with the team leader on stock counts. Day and night shifts are available, with overtime paid at time and a half. ' +
      'Full training is given on the first week, including forklift training for those who want it.';
    expect(detectLanguage(text).run).toEqual(['en']);
  });

  it('answers und for text without letters and no hint', () => {
    expect(detectLanguage('+39 347 123 4567 — 150 €').lang).toBe('und');
  });

  it('maps hints to supported languages', () => {
    expect(asLang('pt-BR')).toBeUndefined();
    expect(asLang('EN-gb')).toBe('en');
    expect(asLang('gr')).toBe('el');
  });
});

describe('the language of ads written by others', () => {
  it('is right on at least 97% of the independent dev set (franc reads the diacritics as written)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { analyze } = await import('../../engine/analyze');
    const dir = new URL('../fixtures/independent-dev/', import.meta.url);
    let total = 0;
    let right = 0;
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n').filter(Boolean)) {
        const ad = JSON.parse(line) as { lang: string; text: string };
        total++;
        if (analyze(ad.text).lang === ad.lang) right++;
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
