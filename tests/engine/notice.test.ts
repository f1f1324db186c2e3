import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';

const rules = (text: string, lang?: string) => analyze(text, { lang }).flags.map((f) => f.rule);

describe('safety notices are not offers', () => {
  it.each([
    ['en', 'Warning: fake hostess jobs abroad are sent to young women on Instagram. Flights are "paid", then a debt to work off, and your passport is taken. These are signs of human trafficking. Call the Modern Slavery Helpline 08000 121 700, free and confidential.'],
    ['it', 'Attenzione alle false offerte di lavoro all’estero: ti pagano il viaggio e poi devi restituire tutto, ti chiedono il passaporto. Sono segnali di tratta. Chiama il Numero Verde 800 290 290, anonimo e gratuito.'],
    ['ru', 'Осторожно! Девушкам предлагают работу хостес в Дубае с оплаченным билетом, потом говорят, что дорогу надо отработать, и забирают паспорт. Это признаки торговли людьми. Горячая линия 8 800 333 00 16, анонимно и бесплатно.'],
    ['de', 'Die Polizei warnt: Wer sein Konto für fremde Überweisungen hergibt oder als Paketagent Waren weiterleitet, macht sich der Geldwäsche schuldig. Versprochen wird leicht verdientes Geld.'],
  ])('%s: the notice is kind "warning" and raises no flag', (lang, text) => {
    const report = analyze(text, { lang });
    expect(report.kind).toBe('warning');
    expect(report.flags).toEqual([]);
    expect(report.level).toBe('low');
  });

  it('a recruiter who pads an offer with warnings still gives a messenger contact: the ad stays an offer', () => {
    const text = 'Beware of scams and human trafficking, call the police if in doubt! We are legit. Hostess work in Dubai, $5,000 a month, flight paid and repaid from wages, send a copy of your passport on WhatsApp +44 7700 900123.';
    const report = analyze(text, { lang: 'en' });
    expect(report.kind).not.toBe('warning');
    expect(report.level).not.toBe('low');
  });
});

describe('documents brought in person are not documents sent', () => {
  it.each([
    ['en', 'They asked me to come to the agency office and bring photo ID and proof of address for the interview.'],
    ['fr', "On m'a dit d'apporter ma carte d'identité et un justificatif de domicile à l'agence pour l'inscription."],
    ['ru', 'Подходи в понедельник к 10, возьми паспорт и трудовую, сразу оформят договор.'],
    ['bg', 'Ела в понеделник в 9, носи си личната карта и дипломата, веднага правят договора.'],
  ])('%s', (lang, text) => {
    expect(rules(text, lang)).not.toContain('passport-requested');
  });

  it('a copy sent before any meeting still flags', () => {
    expect(rules('Send a photo of your passport and ID card on WhatsApp to book your place.', 'en')).toContain('passport-requested');
  });
});

describe('"if someone asks you to…" is a warning', () => {
  it.each([
    ['en', 'Our employers never charge applicants. If someone asks you to pay in advance for a job, report it to us.'],
    ['bg', 'Ако някой ви кара да платите предварително за работа, сигнализирайте ни.'],
    ['ru', 'Если вас просят оплатить заранее обучение или бронь места, сообщите нам.'],
  ])('%s: no upfront fee', (lang, text) => {
    expect(rules(text, lang)).not.toContain('upfront-fee');
  });
});
