import { defineRule } from '../engine/rule';
import type { DetectContext } from '../engine/context';
import type { Range } from '../engine/types';
import { isHighPay, isPayMention } from '../detectors/pay';
import { assessDuties, easyWorkRanges } from '../detectors/duties';

/**
 * High pay for its period and currency, in an ad that says little about the work. The amount is
 * judged first (cheap); the duties, which may call compromise for English, only when it is high.
 */
function highPayVagueDuties(ctx: DetectContext): Range[] {
  const high = ctx.money.filter((m) => isHighPay(m) && isPayMention(ctx.norm.text, m));
  if (high.length === 0) return [];
  // The lexicons of the ad's own language: another language's stems read English words as tasks.
  const langs = ctx.lang === 'und' ? ctx.langs : [ctx.lang];
  if (!assessDuties(ctx.norm.text, ctx.norm.original, langs).vague) return [];
  return [...high.map((m) => m.range), ...easyWorkRanges(ctx.norm.text, ctx.langs)];
}

export default defineRule({
  id: 'high-pay-vague-duties',
  category: 'too-good-to-be-true',
  weight: 40,
  detect: highPayVagueDuties,
  languages: {
    en: {
      examples: {
        flag: [
          { text: 'Earn £400 a day in just 2 hours! Simple online tasks, message us on Telegram.', evidence: ['£400 a day', 'Simple online tasks'] },
          { text: 'Hostess jobs abroad. Earn from $6,000 per month, tax free. Send photos on WhatsApp.', evidence: ['$6,000 per month'] },
        ],
        pass: [
          'Senior Backend Engineer – Northwind Analytics Ltd. $120,000 - $150,000 a year. You will design APIs, maintain our data pipelines, review code and mentor junior engineers. Requirements: 5+ years of experience with Go or Java. Full-time, hybrid.',
          'Warehouse operative, £12.90/hour, weekly pay. Picking and packing orders, loading vans. Apply at hallbrookjobs.co.uk.',
        ],
      },
    },
    it: {
      examples: {
        flag: [{ text: 'Guadagni facili, 300 € al giorno con un lavoro semplice dal telefono!', evidence: ['300 € al giorno', 'lavoro semplice'] }],
        pass: ['Hostess per il Salone del Mobile, accoglienza visitatori e registrazione, 110 € lordi al giorno. Fiera Staff Milano srl, candidature su fierastaffmilano.it.'],
      },
    },
    es: {
      examples: {
        flag: [{ text: '¡Gana 250 € al día desde casa! Trabajo sencillo, escríbenos ya.', evidence: ['250 € al día', 'Trabajo sencillo'] }],
        pass: ['Masajista titulado/a, tratamientos de 50 minutos, contrato a jornada completa, 1.450 € brutos al mes. CV a spa@termasdelsur.es.'],
      },
    },
    pl: {
      examples: {
        flag: [{ text: 'Praca w Holandii! Prosta praca, zarobki nawet 3500 € netto miesięcznie.', evidence: ['3500 € netto miesięcznie', 'Prosta praca'] }],
        pass: ['Kwiaciarnia zatrudni florystkę: układanie bukietów, obsługa klienta. Umowa o pracę, 6200 zł brutto miesięcznie.'],
      },
    },
    sk: {
      examples: {
        flag: [{ text: 'Práca v Anglicku – hostesky v kluboch. Zárobok 5000 € mesačne, píšte na WhatsApp.', evidence: ['5000 € mesačne'] }],
        pass: ['Obchodný reťazec prijme pokladníkov, plný úväzok, obsluha zákazníkov, 1 100 € brutto mesačne.'],
      },
    },
    bg: {
      examples: {
        flag: [{ text: 'Работа като хостеси в клубове в Дубай. Заплата от 4000 евро на месец, пишете във Viber.', evidence: ['4000 евро на месец'] }],
        pass: ['Хотел търси камериерки и готвачи за сезона, трудов договор, заплата 850 евро на месец.'],
      },
    },
    el: {
      examples: {
        flag: [{ text: 'Ζητούνται κοπέλες για κλαμπ στην Κύπρο. Αποδοχές έως 4.000€ τον μήνα.', evidence: ['4.000€ τον μήνα'] }],
        pass: ['Σύμβαση εργασίας 30 ωρών για fundraisers, 900€ μικτά τον μήνα, εκπαίδευση.'],
      },
    },
    ro: {
      examples: {
        flag: [{ text: 'Căutăm fete pentru cluburi din Dubai. Câștiguri de peste 5.000 € pe lună.', evidence: ['5.000 € pe lună'] }],
        pass: ['Florăria angajează florist/ă, realizare buchete, contract de muncă, 4.500 lei brut pe lună.'],
      },
    },
    uk: {
      examples: {
        flag: [{ text: 'Робота для дівчат у Туреччині. Заробіток від 3000 $ на місяць.', evidence: ['3000 $ на місяць'] }],
        pass: ['Квітковий магазин шукає флориста: складання букетів, графік 2/2, зарплата від 20 000 грн на місяць.'],
      },
    },
    ru: {
      examples: {
        flag: [{ text: 'Работа для девушек в Дубае, заработок от 5000 $ в месяц, пишите в Telegram.', evidence: ['5000 $ в месяц'] }],
        pass: ['Цветочный салон ищет флориста: сборка букетов, оформление витрины, оклад от 50 000 руб. в месяц.'],
      },
    },
    fr: {
      examples: {
        flag: [{ text: 'Hôtesses pour soirées privées à Monaco, 500 € par soir, travail simple.', evidence: ['500 € par soir', 'travail simple'] }],
        pass: ['Vendangeurs pour les vendanges de septembre, contrat vendanges, 95 € par jour, logement fourni.'],
      },
    },
    de: {
      examples: {
        flag: [{ text: 'Leichte Arbeit im Ausland, 6.000 € im Monat, nur WhatsApp.', evidence: ['6.000 € im Monat', 'Leichte Arbeit'] }],
        pass: ['Servicekraft in Teilzeit, Café Lindenblüte, 15 € pro Stunde plus Trinkgeld, Bewerbung an jobs@cafe-lindenbluete.de.'],
      },
    },
  },
});
