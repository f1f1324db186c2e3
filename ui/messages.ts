import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Messages } from '@/utils/i18n';

/** The interface strings of the chosen language, given once at the root. */
export const MessagesContext = createContext<Messages | null>(null);

export function useMessages(): Messages {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error('MessagesContext missing');
  return messages;
}
