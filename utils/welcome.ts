import { browser } from 'wxt/browser';

/** The welcome page (entrypoints/welcome/): what Faro does and does not do, pinning, shortcuts, help. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Opens the welcome page when Faro is first installed. An update (or the browser's own update) leaves
 * the person's tabs alone: they have seen it, and the options page links to it.
 */
export async function openWelcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}

export interface Shortcut {
  /** The manifest's command name (`scan-page`, `next-flagged`). */
  name: string;
  /** As the browser has it now: the manifest's suggestion, another one the person chose, or '' when none is set. */
  keys: string;
  description: string;
}

/**
 * The keyboard shortcuts as the browser has them (the manifest suggests them; the browser may have
 * given one to another extension, and the person may have changed them). The toolbar button's own
 * command (`_execute_action`) has no description and is left out; shortcuts with a key come first.
 */
export async function currentShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return (
    commands
      .filter((command) => command.name && !command.name.startsWith('_'))
      .map((command) => ({ name: command.name ?? '', keys: command.shortcut ?? '', description: command.description ?? '' }))
      // The ones that work first; the browser lists them in no order a person would choose.
      .sort((a, b) => Number(b.keys !== '') - Number(a.keys !== ''))
  );
}
