import { defineRule } from '../engine/rule';
import { rx } from './lexicon/index';

/** Phones kept in a locker for hygiene or safety on a factory floor are a workplace rule, not control. */
const LOCKER = /\b(?:lockers?|armadiett\w|szafk\w{1,3}|spind\w{0,2}|casiller\w{1,3}|vestiaire\w{0,2}|шкафчик\w{0,3}|шафк\w{1,3}|ντουλαπ\w{1,4}|dulap\w{0,4}|skrink\w{1,3}|шкафче\w{0,3}|hygien\w{1,4}|igien\w{1,3}|clean ?room)\b/;

// The worker's phone is taken or handed in: cut off from family and help.
export default defineRule({
  id: 'phone-confiscated',
  category: 'control-signals',
  weight: 35,
  scoped: true,
  languages: {
    en: {
      patterns: [rx(/\b(?:phones?|mobiles?|mobile phones?|cell ?phones?|smartphones?)\b[^.;\n]{0,25}?\b(?:handed in|handed over|taken away|kept by|collected|confiscated|surrendered|held by|must be given)\b|\b(?:hand in|hand over|surrender|give up|give us) (?:your )?(?:phones?|mobiles?|mobile phones?)\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Phone handed in during the contract.', evidence: ['Phone handed in'] }],
        pass: ['Mobile phones are kept in lockers on the production floor for hygiene reasons.'],
      },
    },
    it: {
      patterns: [rx(/\b(?:cellular\w|telefon\w{1,2}|smartphone)\b[^.;\n]{0,25}?\b(?:si consegna|va consegnato|vanno consegnati|consegnat\w|ritirat\w|lo teniamo|li teniamo|sequestrat\w|trattenut\w)\b|\b(?:consegnare|consegnerai|consegni|ritiriamo|teniamo noi) (?:il |i |tuo |il tuo )?(?:cellular\w|telefon\w{1,2})\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Il cellulare si consegna al caposquadra durante il lavoro.', evidence: ['cellulare si consegna'] }],
        pass: ["I telefoni vanno consegnati negli armadietti per motivi di igiene."],
      },
    },
    es: {
      patterns: [rx(/\b(?:movil\w{0,2}|telefono\w{0,1}|celular\w{0,2})\b[^.;\n]{0,25}?\b(?:se entrega\w{0,1}|entregar\w{0,2}|retenid\w{1,2}|se queda\w{0,1} con|requisad\w{1,2})\b|\b(?:te quitamos|guardamos|entregas|entregar) (?:el |tu )?(?:movil|telefono|celular)\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'El móvil se entrega al encargado al llegar.', evidence: ['móvil se entrega'] }],
        pass: ['Los móviles se guardan en la taquilla del vestuario por higiene.'],
      },
    },
    pl: {
      patterns: [rx(/\b(?:telefon\w{0,3}|komork\w{1,2})\b[^.;\n]{0,25}?\b(?:oddaj\w{1,4}|oddawa\w{1,4}|zabiera\w{1,4}|przechowuje\w{0,2}|zdeponowa\w{1,4})\b|\b(?:oddajesz|oddac|zabieramy|zabierzemy) (?:\w+ )?(?:telefon|komork)\w{0,3}\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Telefon oddajesz opiekunowi grupy na czas pracy.', evidence: ['Telefon oddajesz'] }],
        pass: ['Telefony zostawiamy w szafkach ze względów higienicznych.'],
      },
    },
    sk: {
      patterns: [rx(/\b(?:telefon\w{0,3}|mobil\w{0,3})\b[^.;\n]{0,25}?\b(?:odovzd\w{1,5}|zober\w{1,4}|uschov\w{1,5}|zadrz\w{1,5})\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Mobil odovzdáte vedúcemu na celý turnus.', evidence: ['Mobil odovzdáte'] }],
        pass: ['Mobilné telefóny odkladáme do skriniek z hygienických dôvodov.'],
      },
    },
    bg: {
      patterns: [rx(/(?:телефон\w{0,3}|gsm)[^.;\n]{0,25}?(?:предава\w{0,3}|предад\w{1,4}|взема\w{0,3}|прибира\w{0,3}|съхранява\w{0,3}|задържа\w{0,3})/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Телефонът се предава на бригадира по време на работа.', evidence: ['Телефонът се предава'] }],
        pass: ['Телефоните се оставят в шкафчетата по хигиенни причини.'],
      },
    },
    el: {
      patterns: [rx(/(?:κινητ\w{1,3}|τηλεφων\w{1,3})[^.;\n]{0,25}?(?:παραδιδ\w{1,6}|παραδιν\w{1,6}|κρατ\w{1,6}|παρακρατ\w{1,6}|φυλασσ\w{1,6})/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Το κινητό παραδίδεται στον υπεύθυνο κατά τη διάρκεια της εργασίας.', evidence: ['κινητό παραδίδεται'] }],
        pass: ['Τα κινητά μένουν στα ντουλάπια για λόγους υγιεινής.'],
      },
    },
    ro: {
      patterns: [rx(/\b(?:telefon\w{0,4}|mobil\w{0,3})\b[^.;\n]{0,25}?\b(?:se preda|predat\w{0,2}|predati|se lasa|retinut\w{0,2}|pastrat\w{0,2}|confiscat\w{0,2})\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Telefonul se predă șefului de echipă pe durata lucrului.', evidence: ['Telefonul se predă'] }],
        pass: ['Telefoanele se lasă în dulapuri din motive de igienă.'],
      },
    },
    uk: {
      patterns: [rx(/(?:телефон\w{0,3}|мобільн\w{1,3})[^.;\n]{0,25}?(?:здає\w{0,4}|здаєте|переда\w{1,6}|забира\w{1,6}|зберіга\w{1,6}|вилуча\w{1,6})/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Телефон здаєте бригадиру на час роботи.', evidence: ['Телефон здаєте'] }],
        pass: ['Телефони залишаються у шафках з гігієнічних причин.'],
      },
    },
    ru: {
      patterns: [rx(/(?:телефон\w{0,3}|мобильн\w{1,3}|сотов\w{1,3})[^.;\n]{0,25}?(?:сда\w{1,6}|переда\w{1,6}|забира\w{1,6}|изыма\w{1,6}|хран\w{1,6})/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Телефон сдаётся старшему на время работы.', evidence: ['Телефон сдаётся'] }],
        pass: ['Телефоны хранятся в шкафчиках по требованиям гигиены.'],
      },
    },
    fr: {
      patterns: [rx(/\b(?:telephones?|portables?|mobiles?)\b[^.;\n]{0,25}?\b(?:remis|confisque\w{0,2}|garde\w{0,2} par|retenu\w{0,2})\b|\b(?:remettre|remettez|deposer|deposez|rendre) (?:votre |ton |le )?(?:telephone|portable)\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Vous devez remettre votre téléphone au chef d’équipe.', evidence: ['remettre votre téléphone'] }],
        pass: ['Les téléphones restent au vestiaire pour des raisons d’hygiène.'],
      },
    },
    de: {
      patterns: [rx(/\b(?:handys?|telefon\w{0,2}|mobiltelefon\w{0,2}|smartphones?)\b[^.;\n]{0,30}?\b(?:abgeben|abgegeben|abzugeben|einbehalten|eingezogen|eingesammelt)\b/)],
      unless: [rx(LOCKER)],
      examples: {
        flag: [{ text: 'Das Handy wird beim Vorarbeiter abgegeben.', evidence: ['Handy wird beim Vorarbeiter abgegeben'] }],
        pass: ['Handys müssen aus Hygienegründen im Spind abgegeben werden.'],
      },
    },
  },
});
