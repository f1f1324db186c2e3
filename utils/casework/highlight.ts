import type { Span } from '@/engine/types';

export interface Segment {
  text: string;
  /** Evidence: drawn as <mark>. */
  mark: boolean;
}

/**
 * Cuts a stored text into plain and evidence segments, for a UI that draws each as a text node or a
 * <mark>, never as HTML. Spans that do not slice the text as they claim (an edited import) are ignored;
 * overlapping spans are merged.
 */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end && text.slice(s.start, s.end) === s.text)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const span of valid) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    const last = out[out.length - 1];
    if (last?.mark && start === at) last.text += text.slice(start, span.end);
    else out.push({ text: text.slice(start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
