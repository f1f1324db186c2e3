import { attr, setOf, tagOf } from './dom';
import type { PageStats } from './stats';
import { UNITS_PER_STEP, type Steps } from './steps';

/** A card has at least this much visible text (a title and a line of detail). */
export const MIN_CARD_TEXT = 25;
/** Sibling structures repeated fewer times are not a listing. */
export const MIN_CARDS = 3;
/** Text beyond this adds nothing to a card's weight: one huge block must not outvote many cards. */
const CARD_TEXT_CAP = 600;
/** Text per link below which an item looks like a link list (menus, footers), not ad cards. */
const TEXT_PER_LINK = 40;
/** No card of a listing holds more than this share of the whole group's text. */
const MAX_CARD_SHARE = 0.5;
/** Tags a card is never narrowed down to: an inline link wrapping a card is part of the card. */
const INLINE_TAGS = setOf('A SPAN B I EM STRONG SMALL LABEL TIME');

export interface CardGroup {
  /** The shared signature: tag name and one class token ('' when the siblings have no class). */
  tag: string;
  token: string;
  /** The qualifying siblings, in document order. */
  members: Element[];
  score: number;
  /** Visible text of all members. */
  text: number;
}

/** Class tokens of an element, or [''] when it has none (siblings grouped by tag alone). */
function classTokens(el: Element): string[] {
  const cls = attr(el, 'class');
  if (!cls) return [''];
  const tokens = cls.split(/\s+/).filter(Boolean);
  return tokens.length > 0 ? Array.from(new Set(tokens)) : [''];
}

function hasClassToken(el: Element, token: string): boolean {
  return token === '' ? !attr(el, 'class')?.trim() : el.classList.contains(token);
}

/** How much an element looks like an ad card: 0 when it cannot be one. */
function cardValue(el: Element, stats: PageStats): number {
  const s = stats.get(el);
  if (!s || s.boilerplate || s.links === 0 || s.text < MIN_CARD_TEXT) return 0;
  const linkFactor = Math.min(1, s.text / s.links / TEXT_PER_LINK);
  return Math.min(s.text, CARD_TEXT_CAP) * linkFactor;
}

/**
 * Every group of ≥ MIN_CARDS siblings that share a tag and a class token and each hold a link and
 * enough text, best first. Generic: no site's selectors, only the repeated structure that listings have
 * in common. Linear: each element that could be a card is bucketed once per class token of its own.
 */
export function* findCardGroups(stats: PageStats): Steps<CardGroup[]> {
  const groups: CardGroup[] = [];
  let units = 0;
  for (const [parent, ps] of stats) {
    if (++units === UNITS_PER_STEP) {
      units = 0;
      yield;
    }
    if (ps.boilerplate || parent.childElementCount < MIN_CARDS) continue;
    const buckets = new Map<string, { tag: string; token: string; members: Element[] }>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      // Only children that could be cards are bucketed: most parents of a page have none.
      if (cardValue(c, stats) === 0) continue;
      const tag = tagOf(c);
      for (const token of classTokens(c)) {
        const key = `${tag} ${token}`;
        let b = buckets.get(key);
        if (!b) buckets.set(key, (b = { tag, token, members: [] }));
        b.members.push(c);
      }
    }
    const seen = new Set<string>();
    for (const { tag, token, members } of buckets.values()) {
      if (members.length < MIN_CARDS) continue;
      // Several class tokens often select the same siblings: keep one group per member set.
      const id = members.map((m) => stats.get(m)!.order).join(',');
      if (seen.has(id)) continue;
      seen.add(id);
      let score = 0;
      let text = 0;
      let capped = 0;
      let largest = 0;
      for (const m of members) {
        score += cardValue(m, stats);
        const t = stats.get(m)!.text;
        text += t;
        capped += Math.min(t, CARD_TEXT_CAP);
        largest = Math.max(largest, Math.min(t, CARD_TEXT_CAP));
      }
      // Cards of a listing are alike; one block holding most of the text is a page's content beside
      // its furniture (a posting's body between its flag links and its safety notice). Counted up to
      // the cap: one card padded with thousands of characters must not unmake a listing.
      if (largest > capped * MAX_CARD_SHARE) continue;
      groups.push({ tag, token, members, score, text });
    }
  }
  return groups.sort((a, b) => b.score - a.score);
}

/**
 * The cards of the best group, plus cards with the same signature elsewhere on the page (a "top ads"
 * box above the results, a second results list), never one card nested inside another.
 */
export function* collectCards(best: CardGroup, stats: PageStats): Steps<Element[]> {
  const cards: Element[] = [];
  const members = new Set(best.members);
  const siblingCounts = new Map<Element, number>();
  let lastCard: Element | undefined;
  let units = 0;
  for (const [el] of stats) {
    if (++units === UNITS_PER_STEP) {
      units = 0;
      yield;
    }
    // stats iterates in document order: a descendant of the last card comes right after it.
    if (lastCard && lastCard.contains(el)) continue;
    if (tagOf(el) !== best.tag || !hasClassToken(el, best.token) || cardValue(el, stats) === 0) continue;
    if (!members.has(el) && !isSiblingGroupMember(el, best, stats, siblingCounts)) continue;
    cards.push(el);
    lastCard = el;
  }
  return cards;
}

/** An element of the best group's signature that sits among siblings of the same signature. */
function isSiblingGroupMember(el: Element, best: CardGroup, stats: PageStats, counts: Map<Element, number>): boolean {
  const parent = el.parentElement;
  if (!parent || stats.get(parent)?.boilerplate !== false) return false;
  let same = counts.get(parent);
  if (same === undefined) {
    same = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (tagOf(c) === best.tag && hasClassToken(c, best.token)) same++;
    }
    counts.set(parent, same);
  }
  return same >= 2;
}

/**
 * The element that stands for a card: wrappers with a single visible child (li > article) are
 * narrowed to that child, unless the wrapper carries the id, or the child is an inline link.
 */
export function cardElement(member: Element, hasOwnId: (el: Element) => boolean, stats: PageStats): Element {
  let el = member;
  for (let depth = 0; depth < 8 && !hasOwnId(el); depth++) {
    const only = soleVisibleChild(el, stats);
    if (!only || INLINE_TAGS.has(tagOf(only))) break;
    el = only;
  }
  return el;
}

function soleVisibleChild(el: Element, stats: PageStats): Element | undefined {
  let only: Element | undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n as CharacterData).data.trim() !== '') return undefined;
    } else if (n.nodeType === 1) {
      const c = n as Element;
      if (!stats.has(c)) continue;
      if (only) return undefined;
      only = c;
    }
  }
  return only;
}
