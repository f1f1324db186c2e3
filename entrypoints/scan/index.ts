import { handleMessages, sendToBackground, type ContentApi } from '@/utils/messaging';
import { Scanner } from './scanner';

/**
 * The running scanner, kept on the content scripts' own global object: every copy of this script in
 * the tab (the manifest's, one injected on demand) shares that isolated world, and the page's scripts
 * cannot see or touch it.
 */
const SLOT_KEY = '__faroScanner';
const slot = globalThis as unknown as Record<typeof SLOT_KEY, Scanner | undefined>;

/**
 * Runs on the listed job and classified sites, on every site once the user has granted that, and
 * on any page the user asks to scan. Small on purpose: it extracts and draws; the engine runs in
 * the background.
 *
 * An unlisted script, not a WXT content script: WXT's content-script wrapper announces itself to the
 * page (a window message and a DOM event named after the extension's id), which would let any site
 * learn that this person runs an anti-trafficking tool. This script says nothing to the page. The
 * manifest's content_scripts entry is written in wxt.config.ts; utils/scan-access.ts injects the same
 * file on demand.
 */
export default defineUnlistedScript(async () => {
  const hello = await sendToBackground('hello', { url: location.href });
  if (!hello.scan) return;
  const scanner = new Scanner(hello);
  // Scanning again (the toolbar button on a page already scanned): the newer copy takes over, and
  // only the running scanner answers the popup.
  slot[SLOT_KEY]?.stop();
  slot[SLOT_KEY] = scanner;
  handleMessages<ContentApi>(
    {
      showAd: ({ key }) => scanner.showAd(key),
      setDisplay: (display) => scanner.setDisplay(display),
      updateVerdicts: ({ verdicts }) => scanner.updateVerdicts(verdicts),
      // Paused: the marks go at once, and this scanner no longer answers (a resume injects a new one).
      stop: () => {
        scanner.stop();
        if (slot[SLOT_KEY] === scanner) slot[SLOT_KEY] = undefined;
        return null;
      },
    },
    () => slot[SLOT_KEY] === scanner,
  );
  scanner.start();
});
