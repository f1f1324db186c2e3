import { linkable } from '@/utils/evidence/validate';
import type { AdRecord, Review } from '@/utils/history';
import { AdReport } from '../AdReport';
import { useMessages } from '../messages';
import { HighlightedText } from './HighlightedText';
import { ReviewForm } from './ReviewForm';
import { formatTime } from './format';

export interface AdDetailProps {
  record: AdRecord;
  onReview: (review: Review) => Promise<string | null>;
}

/** One stored ad: where and when it was seen, its flags explained, its text with the evidence marked, the review. */
export function AdDetail({ record, onReview }: AdDetailProps) {
  const m = useMessages();
  const spans = [...record.report.flags.flatMap((f) => f.evidence), ...record.contacts.map((c) => c.evidence)];
  return (
    <div class="ad-detail">
      <dl class="facts">
        <dt>{m.t('dashboard.ad.page')}</dt>
        <dd>
          {/* A link only to a web page: never javascript:, data: or file: (issue 12). */}
          {linkable(record.url) ? (
            <a href={record.url} target="_blank" rel="noopener noreferrer">
              {record.url}
            </a>
          ) : (
            <span class="url-text">{record.url}</span>
          )}
        </dd>
        <dt>{m.t('dashboard.ad.seen')}</dt>
        <dd>{m.t('dashboard.ad.seenRange', { first: formatTime(m, record.firstSeen), last: formatTime(m, record.lastSeen) })}</dd>
        {record.contacts.length > 0 && (
          <>
            <dt>{m.t('dashboard.ad.contacts')}</dt>
            <dd>{record.contacts.map((c) => `${c.type}: ${c.value}`).join(' · ')}</dd>
          </>
        )}
        <dt>{m.t('dashboard.ad.sha256')}</dt>
        <dd class="hash">{record.sha256}</dd>
        {record.source && (
          <>
            <dt>{m.t('dashboard.ad.source')}</dt>
            <dd class="ad-source">
              {m.t('dashboard.ad.sourceValue', {
                file: record.source.file ?? '—',
                generator: record.source.generator,
                created: formatTime(m, record.source.createdAt),
                imported: formatTime(m, record.source.importedAt),
              })}{' '}
              <span class="hash">{record.source.bundle}</span>
            </dd>
          </>
        )}
      </dl>
      <h4>{m.t('dashboard.ad.text')}</h4>
      <HighlightedText text={record.text} spans={spans} />
      <AdReport report={record.report} title={m.t('dashboard.ad.signals')} headingLevel={3} />
      <ReviewForm key={record.id} record={record} onSave={onReview} />
    </div>
  );
}
