import { analyze } from '../engine/analyze';
import type { Report } from '../engine/types';

/** What a worker needs of an ad: its text, the hints for the engine, and what the report carries over. */
export interface AdJob {
  text: string;
  id: string;
  lang?: string;
  url?: string;
  title?: string;
  excerpt?: string;
  /** Read in part before the engine (a saved page's long ad, cut by the extractor): the report says so. */
  truncated?: true;
}

/** A report as the CLI prints it: the engine's Report, plus where the ad came from when the input said. */
export type ScanReport = Report & { url?: string; title?: string; excerpt?: string };

/** The engine's report of one ad, exactly as analyze() gives it, with the input's url (and a page's title and excerpt) after it. */
export function scoreAd(job: AdJob): ScanReport {
  const report: ScanReport = analyze(job.text, { id: job.id, lang: job.lang });
  if (job.truncated) report.truncated = true;
  if (job.url) report.url = job.url;
  if (job.title) report.title = job.title;
  if (job.excerpt) report.excerpt = job.excerpt;
  return report;
}
