import { defineRule } from '../engine/rule';
import { near } from './concepts/define';

/**
 * The interview happens on a messenger or by chat only: no call, no meeting, no workplace. A common
 * step of employment scams, and a way to keep the recruiter unseen. Written once for every language.
 */
export default defineRule({
  id: 'chat-only-interview',
  category: 'chat-only-hiring',
  weight: 15,
  match: [
    near(['INTERVIEW', 'MESSENGER'], { within: 10 }),
    near(['INTERVIEW', 'CHAT', 'ONLY'], { within: 5 }),
    // "the whole process is by chat, no call needed", "interview in writing, no calls".
    near(['INTERVIEW', 'CHAT', 'NEG'], { within: 10, ordered: true, scoped: false }),
  ],
  languages: {
    en: {
      examples: {
        flag: [
          { text: 'Interview will be held on Google Hangouts, add our hiring manager.', evidence: ['Interview will be held on Google Hangouts'] },
          { text: 'the interview is by text only, no calls', evidence: ['interview is by text only, no'] },
          { text: 'I confirm the position: the whole process is by chat, no call needed.', evidence: ['whole process is by chat, no'] },
        ],
        pass: ['Interview at our office on Via Roma 12, or by video call with the store manager.', 'Send us a message to book a visit of the flat.', 'Interview at our office. Write to us, no agencies please.'],
      },
    },
  },
});
