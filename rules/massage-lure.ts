import { defineRule } from '../engine/rule';
import { toPatterns } from './lib/price-vocab';
import { nearSources } from './lib/lure-vocab';

/**
 * "Massage" offered by a young, new or exotic woman ("sweet petite Asian girl, relaxing massage",
 * "massaggiatrice orientale, nuova in zona"): the massage cover of the catalogue's modelling-lure
 * category. Stems of all languages in one list (they do not collide). Clinics, spas and qualified
 * therapists are not this.
 */
const MASSAGE = 'massages?|massagg\\p{L}{1,3}|masaj\\p{L}{0,3}|masajes?|masaz\\p{L}{0,2}|masaz|масаж\\p{L}{0,2}|массаж\\p{L}{0,2}|μασαζ';

/** The woman described: young, new in town, sweet, tender, exotic, "girl". */
const WOMAN =
  '(?:girl|sweet|petite|young|new in town|just arrived|tender|sensual|exotic|oriental|asian|ragazza|giovan\\p{L}{1,5}|dolce|nuova|orientale|jovencita|carinosa|chica|nueva|młodziutk\\p{L}{1,2}|nowa w|egzotyczn\\p{L}{1,2}|mladuck\\p{L}{1,2}|nova v|blondink\\p{L}|blondin\\p{L}{0,2}|млад\\p{L}{1,2}|нежн\\p{L}{1,2}|нова в|νεαρ\\p{L}{1,2}|νεα στην|εξωτικ\\p{L}{1,2}|tanara|noua in|discreta|jeune|douce|nouvelle|junge|zartlich\\p{L}{0,2}|neu in|osteuropaerin|молоденьк\\p{L}{1,2}|новеньк\\p{L}{1,2})';

/** Massage as a trade: clinics, spas, therapists with qualifications. */
const THERAPY =
  /\b(?:therap\p{L}*|terap\p{L}*|θεραπ\p{L}*|терап\p{L}*|physio\p{L}*|fisio\p{L}*|fizjo\p{L}*|fyzio\p{L}*|фізіо\p{L}*|физио\p{L}*|clinic\p{L}*|klinik\p{L}*|clinica|клиник\p{L}*|клінік\p{L}*|κλινικ\p{L}*|spa|wellness|hotel spa|qualif\p{L}*|certif\p{L}*|diplom\p{L}*|titolo|titulad\p{L}|kinesi\p{L}*|kine|osteopat\p{L}*|sport\p{L}* mass\p{L}*)\b/u;

export default defineRule({
  id: 'massage-lure',
  category: 'modelling-lure',
  weight: 15,
  languages: {
    neutral: {
      patterns: toPatterns(nearSources(MASSAGE, WOMAN).map((s) => s.replace('{0,80}', '{0,40}').replace('{0,60}', '{0,40}'))),
      unlessAd: [THERAPY],
      examples: {
        flag: [
          { text: 'NEW IN TOWN Sweet petite Asian girl, just arrived, relaxing massage.', evidence: ['massage'] },
          { text: 'Massaggiatrice orientale, nuova in zona, massaggi rilassanti anche la sera.', evidence: ['massaggi'] },
          { text: 'Nová v meste, mladučká blondínka, relaxačné masáže.', evidence: ['masáže'] },
          { text: 'Neu in der Stadt! Junge Osteuropäerin, zärtliche Massage.', evidence: ['Massage'] },
        ],
        pass: [
          'Sports Massage Therapist – PhysioFit Clinic, Level 4 qualification required.',
          'Spa Termas del Sur busca masajista titulado/a para masajes terapéuticos.',
          'Young team at our day spa: massage therapist wanted.',
        ],
      },
    },
  },
});
