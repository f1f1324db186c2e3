import { LISTED_SITES } from '@/utils/sites';
import { sendToBackground } from '@/utils/messaging';
import { Scanner } from './scanner';

/**
 * Runs on the listed job and classified sites, on every site once the user has granted that, and
 * on any page the user asks to scan. Small on purpose: it extracts and draws; the engine runs in
 * the background.
 */
export default defineContentScript({
  matches: [...LISTED_SITES],
  runAt: 'document_idle',
  async main(ctx) {
    const hello = await sendToBackground('hello', { url: location.href });
    if (!hello.scan || ctx.isInvalid) return;
    new Scanner(ctx, hello).start();
  },
});
