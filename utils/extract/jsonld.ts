import { attr, findAllSteps, tagOf } from './dom';
import type { Steps } from './steps';
import { htmlToText } from './html';
import { cleanText } from './text';

/** The fields of a schema.org JobPosting that make up the ad as a reader sees it. */
export interface Posting {
  title?: string;
  text: string;
  /** identifier.value when the posting has one. */
  id?: string;
  /** The description as plain text (used to find the element that shows it). */
  description: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Bounds on walking page-supplied JSON: a hostile page cannot make the walk slow. */
const MAX_NODES = 10_000;
const MAX_POSTINGS = 200;

/** schema.org's pay periods (unitText), said as a reader would: HOUR is "per hour". */
const PAY_PERIOD = /^(?:HOUR|DAY|WEEK|MONTH|YEAR)$/i;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJobPosting(o: JsonObject): boolean {
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])JobPosting$/i.test(t));
}

/** A plain string from a JSON value that may be a string, a number, {name}, {value} or a list of them. */
function str(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ');
  if (isObject(v)) return str(v['name'] ?? v['value']);
  return '';
}

function address(v: Json | undefined): string {
  if (!isObject(v)) return str(v);
  const parts = 'streetAddress addressLocality addressRegion postalCode addressCountry'.split(' ').map((k) => str(v[k]));
  return parts.filter(Boolean).join(', ');
}

function location(v: Json | undefined): string {
  const places = Array.isArray(v) ? v : [v];
  return places
    .map((p) => (isObject(p) ? address(p['address']) || str(p['name']) : str(p)))
    .filter(Boolean)
    .join('; ');
}

function salary(v: Json | undefined): string {
  if (!isObject(v)) return str(v);
  const currency = str(v['currency']);
  const value = v['value'];
  let amount: string;
  let unit = str(v['unitText']);
  if (isObject(value)) {
    const min = str(value['minValue']);
    const max = str(value['maxValue']);
    amount = str(value['value']) || (min && max ? `${min}–${max}` : min || max);
    unit = str(value['unitText']) || unit;
  } else {
    amount = str(value);
  }
  if (!amount) return '';
  const period = (PAY_PERIOD.test(unit) ? 'per ' : '') + unit.toLowerCase();
  return [amount, currency, period].filter(Boolean).join(' ');
}

function employmentType(v: Json | undefined): string {
  return str(v).replace(/_/g, ' ').toLowerCase();
}

function toPosting(doc: Document, o: JsonObject): Posting {
  const title = cleanText(str(o['title']) || str(o['name']));
  const description = htmlToText(doc, str(o['description']));
  const lines = [
    title,
    str(o['hiringOrganization']),
    location(o['jobLocation']),
    salary(o['baseSalary']),
    employmentType(o['employmentType']),
    description,
  ];
  const id = str(isObject(o['identifier']) ? o['identifier']['value'] : o['identifier']);
  return { title: title || undefined, text: cleanText(lines.filter(Boolean).join('\n'), Infinity), id: id || undefined, description };
}

function isJsonLdScript(el: Element): boolean {
  return tagOf(el) === 'SCRIPT' && (attr(el, 'type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** Every JobPosting in the page's JSON-LD blocks (also inside @graph, lists and ItemList items). */
export function* jsonLdPostings(doc: Document): Steps<Posting[]> {
  const postings: Posting[] = [];
  const scripts = doc.documentElement ? yield* findAllSteps(doc.documentElement, isJsonLdScript) : [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // A broken block on the page is skipped, never thrown.
    }
    const queue: Json[] = [data];
    for (let i = 0; i < queue.length && i < MAX_NODES && postings.length < MAX_POSTINGS; i++) {
      const v = queue[i]!;
      if (Array.isArray(v)) {
        queue.push(...v);
      } else if (isObject(v)) {
        if (isJobPosting(v)) {
          postings.push(toPosting(doc, v));
          continue;
        }
        for (const key of '@graph itemListElement item mainEntity'.split(' ')) {
          const child = v[key];
          if (child !== undefined) queue.push(child);
        }
      }
    }
  }
  return postings;
}
