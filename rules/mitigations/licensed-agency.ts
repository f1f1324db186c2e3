import { defineMitigation } from '../../engine/rule';
import { rx } from '../lexicon/index';

// A licence, authorisation or registry number of a recruitment agency, or a public employment
// service (EURES, national agencies): someone can check it and be held to account.
export default defineMitigation({
  id: 'licensed-agency',
  weight: 20,
  languages: {
    neutral: {
      patterns: [rx(/\b(?:eures|glaa|kraz)\b/)],
      examples: { flag: [{ text: 'Seasonal work through the EURES network.', evidence: ['EURES'] }], pass: ['Seasonal work in Europe.'] },
    },
    en: {
      patterns: [rx(/\b(?:licen[cs]e|licensed|authori[sz]ation|registration|registered|accredited|approved)\b[^.;\n]{0,30}?\b(?:no\.?|number|nr\.?|#)\s?[a-z]{0,4}\s?\d{3,}|\b(?:holds? a (?:\w+ ){0,2}licen[cs]e|approved sponsor|licensed (?:recruitment )?agency|member of the (?:\w+ ){1,5}(?:association|federation|confederation))\b/)],
      examples: { flag: [{ text: 'Orchard Lane Growers Ltd holds a GLAA licence and is an approved sponsor.', evidence: ['holds a GLAA licence', 'approved sponsor'] }], pass: ['Call Adrian for details.'] },
    },
    it: {
      patterns: [rx(/\b(?:aut\.? min\.?|autorizzazion\w (?:ministerial\w )?(?:n\.?|nr\.?|prot\.?)|iscrizione all'albo|albo (?:informatico )?delle agenzie|agenzia per il lavoro autorizzata|autorizzata dal ministero|centro per l'impiego)\b/)],
      examples: { flag: [{ text: 'Agenzia per il lavoro autorizzata dal Ministero del Lavoro (Aut. Min. prot. n. 39/0004218).', evidence: ['Agenzia per il lavoro autorizzata'] }], pass: ['Ditta seria cerca personale.'] },
    },
    es: {
      patterns: [rx(/\b(?:agencia de colocacion (?:autorizada|n)|numero de autorizacion|ett autorizada|autorizacion (?:administrativa )?n\.?|servicios publicos de empleo|gestion colectiva|sepe)\b/)],
      examples: { flag: [{ text: 'La selección se realiza con los servicios públicos de empleo.', evidence: ['servicios públicos de empleo'] }], pass: ['Interesados llamar al 644 218 377.'] },
    },
    pl: {
      patterns: [rx(/\b(?:krajow\w{1,3} rejestr\w{0,2} agencji zatrudnienia|wpis\w{0,2} do (?:rejestru|kraz)|certyfikat\w{0,2} (?:nr|numer))\b/)],
      examples: { flag: [{ text: 'Agencja Zatrudnienia AgroPraca (wpis do KRAZ nr 18542).', evidence: ['wpis do KRAZ'] }], pass: ['Agencja Max-Job, tel. 22 415 77 30.'] },
    },
    sk: {
      patterns: [rx(/\b(?:povoleni\w|licenci\w|registraci\w) (?:\w+ ){0,3}?(?:c\.|cislo)\s?\d|\b(?:upsvar|upsvr|licencovan\w{1,3} (?:sprostredkovatelsk\w{1,3} )?agentur\w{1,2})\b/)],
      examples: { flag: [{ text: 'Licencovaná sprostredkovateľská agentúra CareBridge (povolenie ÚPSVaR č. 2045/2019).', evidence: ['Licencovaná sprostredkovateľská agentúra'] }], pass: ['Personálna agentúra WorkPlus.'] },
    },
    bg: {
      patterns: [rx(/(?:регистриран\w{0,2} в агенцията по заетостта|удостоверение (?:№|no|номер)\s?\d+|лиценз\w{0,2} (?:№|no|номер)|агенцията по заетостта)/)],
      examples: { flag: [{ text: 'Агенция „МедКариера“ ООД, регистрирана в Агенцията по заетостта (удостоверение № 2718).', evidence: ['регистрирана в Агенцията по заетостта'] }], pass: ['Фирма ЕвроТрудКонсулт, тел. 02 981 4420.'] },
    },
    el: {
      patterns: [rx(/(?:αδεια λειτουργια[σς]|αριθμο[σς] αδεια[σς]|αρ\. αδεια[σς]|ιδιωτικο γραφειο ευρεση[σς] εργασια[σς]|δυπα|γεμη)/)],
      examples: { flag: [{ text: 'Ιδιωτικό γραφείο ευρέσεως εργασίας, αριθμός άδειας 1234.', evidence: ['αριθμός άδειας'] }], pass: ['Επικοινωνία μόνο Viber.'] },
    },
    ro: {
      patterns: [rx(/\b(?:licent\w{1,2}|autorizati\w{1,2}|certificat\w{0,2}) (?:\w+ ){0,3}?(?:nr\.?|numarul|numar)\s?\d|\b(?:anofm|ajofm|agentia judeteana pentru ocuparea|inregistrat\w{0,2} (?:in|la) registrul)\b/)],
      examples: { flag: [{ text: 'Înscrieri la agenția județeană pentru ocuparea forței de muncă (ANOFM).', evidence: ['ANOFM'] }], pass: ['Sunați la Florin.'] },
    },
    uk: {
      patterns: [rx(/(?:ліценз\w{1,3}|дозвіл\w{0,2}) (?:\w+ ){0,3}?(?:№|no|номер)\s?\d+|ліцензован\w{1,3} агенц\w{1,3}|державн\w{1,3} служб\w{1,2} зайнятості/)],
      examples: { flag: [{ text: 'Ліцензована агенція, ліцензія № 1234.', evidence: ['Ліцензована агенція'] }], pass: ['Агенція «ПраценТ».'] },
    },
    ru: {
      patterns: [rx(/(?:лицензи\w{1,2}|аккредитаци\w{1,2}|свидетельств\w{1,2}) (?:\w+ ){0,3}?(?:№|no|номер)\s?\d+|аккредитованн\w{1,3} (?:частн\w{1,3} )?агентств\w{1,2}|центр\w{0,2} занятости/)],
      examples: { flag: [{ text: 'Частное агентство занятости, аккредитация № 12345.', evidence: ['аккредитация № 12345'] }], pass: ['Пишите в WhatsApp.'] },
    },
    fr: {
      patterns: [rx(/\b(?:agrement|autorisation|licence) (?:\w+ ){0,2}?(?:n°|no|numero)\s?\d|\b(?:france travail|pole emploi|siret\s?\d)/)],
      examples: { flag: [{ text: 'Offre publiée avec France Travail.', evidence: ['France Travail'] }], pass: ['Contact uniquement par Telegram.'] },
    },
    de: {
      patterns: [rx(/\b(?:erlaubnis zur arbeitnehmeruberlassung|anu-erlaubnis|agentur fur arbeit|zugelassen\w{0,2} (?:personal)?dienstleister|lizenz\w{0,2} (?:nr|nummer)|handelsregister|hrb\s?\d)/)],
      examples: { flag: [{ text: 'Wir besitzen die Erlaubnis zur Arbeitnehmerüberlassung.', evidence: ['Erlaubnis zur Arbeitnehmerüberlassung'] }], pass: ['Kontakt: lagerjobs.nrw@gmx.de'] },
    },
  },
});
