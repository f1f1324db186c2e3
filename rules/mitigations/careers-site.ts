import { defineMitigation } from '../../engine/rule';
import { rx } from '../lexicon/index';

/** A web address: a name that can be looked up, unlike a bare phone or a messenger handle. */
// Labels cannot contain dots, so each way of reading a host name is the only one: no backtracking
// blow-up on text like "3.3.3.3…" (a nested (\.[a-z]+)* here took seconds on 32 KB).
const DOMAIN = String.raw`(?:[a-z0-9-]{1,40}\.){1,4}(?:com|co\.uk|uk|it|es|pl|sk|bg|gr|ro|ua|com\.ua|ru|fr|de|org|org\.uk|org\.pl|eu|net|at|ch|nl|be|ie|pt|cz)\b`;
const CAREERS_PATH = String.raw`\/(?:careers?|jobs?|karriere|kariera|cariere|karieri|carrieres?|carreras|empleo|trabaja\w*|lavora-con-noi|lavora\w*|vacanc\w*|vacancy|vakansii|praca|ergasia|stellen\w*|work-with-us|join-us)`;

// A named employer that sends applicants to its own careers page or website: a trail to check.
export default defineMitigation({
  id: 'careers-site',
  weight: 10,
  languages: {
    neutral: {
      patterns: [
        rx(String.raw`\b${DOMAIN}${CAREERS_PATH}|\b(?:careers|karriere|lavoraconnoi)\.[a-z0-9-]+\.[a-z]{2,}`),
        rx(String.raw`\b(?:apply|applications?|candidat\w{1,5}|aplikuj|aplica|aplicati|postula|bewerb\w{1,4}|inscri\w{1,6}|inscriu\w{1,4}|кандидатствайте|αιτησει[σς]|подробности|подробиці|details) (?:\w+ ){0,3}?(?:at|on|via|through|su|sul|na|pe|en|auf|unter|sur|на|στο|στην) ${DOMAIN}`),
      ],
      examples: {
        flag: [
          { text: 'Apply with your CV at petalandstem.co.uk/careers.', evidence: ['petalandstem.co.uk/careers'] },
          { text: 'Apply at orchardlanegrowers.co.uk.', evidence: ['Apply at orchardlanegrowers.co.uk'] },
        ],
        pass: ['Contact us on Telegram @jobs_abroad.', 'Write to jobs.europe88@gmail.com'],
      },
    },
  },
});
