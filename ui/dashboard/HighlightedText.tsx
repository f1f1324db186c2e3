import type { Span } from '@/engine/types';
import { segments } from '@/utils/casework/highlight';

/** A stored ad's text with its evidence marked: text nodes and <mark> elements, never HTML. */
export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <p class="stored-text">
      {segments(text, spans).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
    </p>
  );
}
