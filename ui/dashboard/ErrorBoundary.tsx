import { Component, type ComponentChildren } from 'preact';
import { useMessages } from '../messages';

interface BoundaryProps {
  /** What is drawn instead of children that threw; `retry` draws them again. */
  fallback: (error: Error, retry: () => void) => ComponentChildren;
  children: ComponentChildren;
}

interface BoundaryState {
  error: Error | null;
}

/**
 * Keeps one part of the dashboard from taking the rest with it (issue 12): a record that throws while it
 * is drawn (a damaged or hostile import that passed the checks of an older Faro) costs its row, not the
 * page, and the person can still delete it.
 */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static override getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Kept for a bug report: the person sees the message in the page.
    console.error('Faro dashboard:', error);
  }

  override render() {
    const { error } = this.state;
    return error ? this.props.fallback(error, () => this.setState({ error: null })) : this.props.children;
  }
}

/** A part of the page that could not be drawn: what happened, that the rest is fine, and "try again". */
export function PartFailed({ error, retry }: { error: Error; retry: () => void }) {
  const m = useMessages();
  return (
    <div class="error part-failed" role="alert">
      <p>
        <strong>{m.t('dashboard.crash.heading')}</strong>
      </p>
      <p class="small">{m.t('dashboard.crash.body', { detail: error.message })}</p>
      <button type="button" onClick={retry}>
        {m.t('dashboard.crash.retry')}
      </button>
    </div>
  );
}
