import type { CardGroup } from './cards';
import { attr, hasAncestorIn, isBoilerplate, isHeadingTag, namesOf, setOf, tagOf } from './dom';
import { contentText } from './main-content';
import type { PageStats } from './stats';

/**
 * Page furniture inside an ad's container: what the site adds around every ad, as opposed to what
 * the advertiser wrote. A job board's safety box ("Be careful: don't provide your bank details…")
 * read as part of the ad makes it look like one that asks for bank details; a share button's
 * "WhatsApp" looks like a messenger-only contact.
 *
 * Generic, from structure first: landmarks and elements the page names as furniture (dom.ts
 * isBoilerplate); a site's own actions (report, share, safety advice: by their link
 * target, then by their label in the twelve languages) and the small block around each; forms'
 * labels; widgets whose only text is their heading (a "write a message" box); image galleries
 * (their counters); repeated card structures ("similar jobs" rails) and the heading that announces
 * them. The ad's own parts (its title and its description block) are never furniture, nor anything
 * that holds them: on sites where advertisers write markup, what they write inside the description
 * cannot hide itself by looking like furniture.
 */

/** A site widget around an action holds at most this much text: a safety notice, a report form, a share bar. */
const MAX_WIDGET_TEXT = 400;
/** Where the ad has no parts of its own (no title, no description block), furniture is at most this share of its text. */
const MAX_WIDGET_SHARE = 1 / 3;
/** Labels longer than this are prose, not the label of an action. */
const MAX_LABEL = 120;

const CONTROL_TAGS = setOf('BUTTON INPUT SELECT TEXTAREA');
const FORM_LABEL_TAGS = setOf('LABEL LEGEND');

/** Share endpoints of the networks and messengers (a contact link such as wa.me/3912345 is not one). */
const SHARE_HREF = /sharer|\/intent\/|wa\.me\/\?|send\?text=|\.me\/share|\/sharing|shareArticle|pin\/create|viber:\/\/forward|^mailto:\?/i;
/**
 * A site's own pages for reporting an ad or for safety advice, by a whole path segment of the link
 * ("/report/91547", "/flag/?flagCode=16", "/about/scams.html", "/security-privacy"): an employer's
 * page ("/Acme-Security-jobs") or a job category ("/security-guard-jobs") is not one.
 */
const ACTION_PATH =
  /\/(?:(?:report|flag|abuse)(?:[-_][a-z]+)*|(?:scams?|fraud|safety|security|sicherheit|sicurezza|securite|seguridad|betrug|arnaques?)(?:[-_](?:tips|advice|cent(?:er|re)|privacy|hinweise|info))?)(?:[/?#.]|$)/i;
/**
 * The label of a report, share, reply or quote action, or of safety advice, in the twelve languages:
 * the start of the label ("Report this job ad", "Signaler l'annonce", "Zgłoś ogłoszenie"), or a word
 * anywhere in it for scams and fraud ("Avoid scams", "Betrug melden"). Not "melden" alone, which
 * also asks the reader to get in touch.
 */
const ACTION_LABEL =
  /^(?:report|flag|segnala|signaler|denunc|zgło|nahlás|сигнализ|доклад|αναφορ|raport|поскарж|пожалов|share|teilen|partag|condivid|compart|udostęp|zdieľ|сподел|κοινοπ|distribui|подел|поділ|reply|quote|antwort|rispond|répond|respond|odpowied|odpoved|отговор|απάντ|răspun|відпов|ответ)|^melden$|(?:anzeige|inserat|missbrauch|verstoß)\s+melden|scam|fraud|betrug|truff|estafa|arnaque|oszust|podvod|измам|απάτ|înșel|шахра|мошен|protect yourself|stay safe/iu;
/** Class and id names of such actions ("report-link", "share-bar") and of image galleries (whose counters are the site's), as whole words of the name. */
const ACTION_NAME = /(?:^|[-_\s])(?:report|abuse|share|safety|scam|fraud|gallery|carousel|slider|lightbox)(?:$|[-_\s])/i;

/** The parts of an ad that are its own: never furniture, nor anything that holds one of them. */
type OwnParts = readonly Element[];

/** Whether `el` is one of the site's own actions: report, share or safety advice. */
function isSiteAction(el: Element): boolean {
  const tag = tagOf(el);
  const link = tag === 'A' && el.hasAttribute('href');
  if (!link && !CONTROL_TAGS.has(tag) && attr(el, 'role') !== 'button') return false;
  if (link) {
    const href = attr(el, 'href') ?? '';
    if (SHARE_HREF.test(href) || ACTION_PATH.test(href)) return true;
  }
  if (ACTION_NAME.test(namesOf(el))) return true;
  const label = labelOf(el);
  return label !== '' && label.length <= MAX_LABEL && ACTION_LABEL.test(label);
}

/** What an action says: its text, else its aria-label, title or value ('' when its text is too long to be a label). */
function labelOf(el: Element): string {
  const text = el.textContent ?? '';
  if (text.length > MAX_LABEL * 4) return '';
  return (text.replace(/\s+/g, ' ').trim() || attr(el, 'aria-label') || attr(el, 'title') || attr(el, 'value') || '').trim();
}

/**
 * The furniture inside `container`, as a set of elements whose subtrees are left out of the ad's
 * text. `own` are the ad's own parts; `groups`, the page's repeated card structures; `leave`, what
 * the ad leaves out anyway (the replies inside a post), not looked into. Linear in the container's
 * size: one walk, then a climb of a few ancestors from each action found.
 */
export function furnitureOf(container: Element, stats: PageStats, own: OwnParts, groups: readonly CardGroup[] = [], leave?: ReadonlySet<Element>): Set<Element> {
  const furniture = new Set<Element>();
  const ownSet = new Set(own);
  // A container whose text does not split is all the ad's: only what the page names as furniture (landmarks, banners) is left out.
  const namesOnly = ownSet.has(container);
  const boilerplateInside = stats.get(container)?.boilerplate !== false;
  if (namesOnly) ownSet.delete(container);
  const total = contentText(container, stats);
  const cap = own.length > 0 ? MAX_WIDGET_TEXT : Math.min(MAX_WIDGET_TEXT, total * MAX_WIDGET_SHARE);
  const holdsOwn = (el: Element) => own.some((part) => el.contains(part));
  const textOf = (el: Element) => stats.get(el)?.text ?? 0;

  /** The largest block around `seed`, inside the container, holding none of the ad's own parts and at most `limit` characters. */
  const widgetAround = (seed: Element, limit: number): Element | undefined => {
    if (holdsOwn(seed)) return undefined;
    let region = seed;
    for (let up = seed.parentElement; up && up !== container && !holdsOwn(up) && textOf(up) <= limit; up = up.parentElement) region = up;
    return region;
  };

  const actions: Element[] = [];
  const controls: Element[] = [];
  // One walk: the ad's own parts and hidden subtrees are not entered; controls (skipped as text) are still seen.
  const stack: Array<{ el: Element; inForm: boolean }> = [];
  for (let c = container.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, inForm: false });
  while (stack.length > 0) {
    const { el, inForm } = stack.pop()!;
    if (ownSet.has(el) || leave?.has(el)) continue;
    const tag = tagOf(el);
    const control = CONTROL_TAGS.has(tag);
    if (!control && !stats.has(el)) continue;
    // The walk stops at the first piece of furniture, so the inherited flag says whether this one is (unless the container is inside furniture).
    if (!control && (boilerplateInside ? isBoilerplate(el) : stats.get(el)!.boilerplate)) {
      furniture.add(el);
      continue;
    }
    if (namesOnly) {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, inForm });
      continue;
    }
    if (isSiteAction(el)) actions.push(el);
    if (control) {
      controls.push(el);
      continue;
    }
    if (ACTION_NAME.test(namesOf(el)) && !holdsOwn(el)) {
      furniture.add(el);
      continue;
    }
    const form = inForm || (tag === 'FORM' && !holdsOwn(el)) || attr(el, 'role') === 'form';
    if (form && FORM_LABEL_TAGS.has(tag)) {
      furniture.add(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, inForm: form });
  }

  if (namesOnly) return furniture;
  for (const action of actions) {
    const widget = widgetAround(action, cap);
    if (widget) furniture.add(widget);
  }
  for (const control of controls) {
    if (hasAncestorIn(control, furniture)) continue;
    const widget = widgetAround(control, cap);
    // A box whose only text is its heading ("Write a message" over its buttons) labels the controls, not the ad.
    if (widget && widget !== control && headingOnly(widget, stats)) furniture.add(widget);
  }
  // Repeated card structures inside the ad's container, outside its own parts: a rail of other ads.
  for (const group of groups) {
    for (const member of group.members) {
      if (member !== container && container.contains(member) && !holdsOwn(member) && !hasAncestorIn(member, ownSet)) furniture.add(member);
    }
  }
  // The heading that announces a piece of furniture ("Similar jobs", "Be careful") goes with it.
  for (const piece of Array.from(furniture)) {
    const before = piece.previousElementSibling;
    if (before && isHeading(before) && !ownSet.has(before) && !holdsOwn(before)) furniture.add(before);
  }
  return furniture;
}

function isHeading(el: Element): boolean {
  return isHeadingTag(tagOf(el)) || attr(el, 'role') === 'heading';
}

/** Whether all the visible text of `el` is inside headings. */
function headingOnly(el: Element, stats: PageStats): boolean {
  const total = stats.get(el)?.text ?? 0;
  if (total === 0) return false;
  let inHeadings = 0;
  const stack = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e !== el && isHeading(e)) {
      inHeadings += stats.get(e)?.text ?? 0;
      continue;
    }
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return inHeadings >= total;
}
