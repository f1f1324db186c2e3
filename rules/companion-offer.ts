import { defineRule } from '../engine/rule';
import { toPatterns } from './lib/price-vocab';
import { nearSources } from './lib/lure-vocab';

/**
 * A "companion" sought for or offered to gentlemen, trips and dinners ("elegant companion for
 * generous gentlemen", "young travel companion, all expenses paid"). Companions for the elderly
 * (a common care job, "dama de compañía") are not this. Stems of all languages in one list.
 */
const COMPANION =
  'companions?|accompagnatric\\p{L}{1,2}|dama de compania|acompanante|towarzyszk\\p{L}{1,2}|spolocnic\\p{L}{1,2}|компаньонк\\p{L}{1,2}|компаньйонк\\p{L}{1,2}|συνοδ\\p{L}{1,3}|dama de companie|escort\\p{L}{0,2}|begleit(?:dame|erin|service)\\p{L}{0,2}|эскорт\\p{L}{0,2}|ескорт\\p{L}{0,2}';

/** For whom or what: gentlemen, trips, dinners, evenings, generous men. */
const FOR_MEN =
  '(?:gentlem[ae]n|gents|generous|elegant|trips?|travel|dinners?|dinner dates?|evenings?|signori|gentiluomini|viaggi|cene|serate|caballeros|viajes|cenas|panow|dżentelmen\\p{L}{0,3}|podrozy|panov|cesty|господа|пътувания|κυριους|ταξιδι\\p{L}{0,2}|domni|calatori\\p{L}{0,2}|чоловік\\p{L}{0,3}|подорож\\p{L}{0,3}|мужчин\\p{L}{0,2}|поездк\\p{L}{0,2}|messieurs|voyages?|diners?|herren|reisen|abende?)';

const CARE = /\b(?:elderly|senior\p{L}*|anzian\p{L}*|mayor(?:es)?|ancian\p{L}*|starsz\p{L}*|senior\p{L}*|пожил\p{L}*|възрастн\p{L}*|ηλικιωμεν\p{L}*|varstnic\p{L}*|літн\p{L}*|personnes? agees?|pflege\p{L}*|care|dementia|disab\p{L}*|security|police|vehicle|convoy|patient\p{L}*)\b/u;

export default defineRule({
  id: 'companion-offer',
  category: 'modelling-lure',
  weight: 20,
  languages: {
    neutral: {
      patterns: toPatterns(nearSources(COMPANION, FOR_MEN).map((s) => s.replace('{0,80}', '{0,40}').replace('{0,60}', '{0,40}'))),
      unlessAd: [CARE],
      examples: {
        flag: [
          { text: 'Elegant companion for generous gentlemen. Donations: 200/hr.', evidence: ['companion'] },
          { text: 'Gentleman (50s) seeks a young travel companion for trips to Monaco.', evidence: ['companion'] },
          { text: 'Cerco accompagnatrice per cene e viaggi, tutto pagato.', evidence: ['accompagnatrice'] },
        ],
        pass: [
          'Companion for an elderly lady in Bath, 3 afternoons a week, care experience welcome.',
          'Se busca dama de compañía para señora mayor, por las tardes.',
        ],
      },
    },
  },
});
