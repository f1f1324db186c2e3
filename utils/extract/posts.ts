import { attr, namesOf, tagOf } from './dom';
import type { PageStats } from './stats';
import { UNITS_PER_STEP, type Steps } from './steps';

/**
 * The posts of a forum thread or the comments under an ad: each is its own item, written by its own
 * person. Read as one text, a warning in one post ("beware, they asked me for my passport") would
 * cancel a request in another, and a scam in a reply would be credited to the thread.
 */

/** Class names of one post or comment (not of their list, not of their parts): "post", "comment", "forum-post", "comment-item". */
const POST_CLASS = /^(?:(?:forum|topic|thread|user|blog)[-_]?)?(?:post|comment|reply|answer|message)(?:[-_]?(?:item|container|wrapper|box|card|entry|row))?$/i;
const POST_HINT = /post|comment|reply|answer|message/i;
/** schema.org types of a post, in microdata. */
const POST_TYPE = /schema\.org\/(?:Comment|DiscussionForumPosting|SocialMediaPosting|Answer|Question)\b/i;
/** Names of a list of posts: a single comment inside one is a post too. */
const THREAD_NAME = /(?:^|[-_\s])(?:comments|replies|posts|answers|thread|discussion)(?:$|[-_\s])/i;
/** Ancestors looked at for a THREAD_NAME. */
const THREAD_REACH = 3;
/** Sibling posts needed to call a structure a thread. */
const MIN_POSTS = 2;
/** At least MIN_POSTS of the siblings hold this much visible text (a title and a line). */
const MIN_POST_TEXT = 20;

type PostSignal = 'named' | 'articles';

/**
 * Every post on the page, in document order, nested replies included (each reply is a post of its
 * own and is left out of the post it answers). `named`: posts that say so (a post or comment class
 * shared by siblings, a schema.org post type, a comment inside a comments list). `articles`: sibling
 * <article> elements, the HTML way to write posts, asked only once the page is known not to be a
 * listing of ad cards. Generic: no site's selectors. Linear: each element is looked at once as a child.
 */
export function* findPosts(stats: PageStats, signal: PostSignal): Steps<Element[]> {
  const posts: Element[] = [];
  let units = 0;
  for (const [parent, ps] of stats) {
    if (++units === UNITS_PER_STEP) {
      units = 0;
      yield;
    }
    if (ps.boilerplate) continue;
    const groups = new Map<string, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const cs = stats.get(c);
      if (!cs || cs.boilerplate || cs.text === 0) continue;
      for (const key of postKeys(c, signal)) {
        let members = groups.get(key);
        if (!members) groups.set(key, (members = []));
        members.push(c);
      }
    }
    const taken = new Set<Element>();
    for (const [key, members] of groups) {
      const single = key === 'type' || (key !== 'ARTICLE' && inThread(parent));
      const enough = members.filter((m) => stats.get(m)!.text >= MIN_POST_TEXT).length >= MIN_POSTS;
      if (!enough && !single) continue;
      for (const m of members) {
        if (taken.has(m)) continue;
        taken.add(m);
        posts.push(m);
      }
    }
  }
  return posts.sort((a, b) => stats.get(a)!.order - stats.get(b)!.order);
}

/** The keys under which `el` groups with its siblings as a post: its post class names, its post type, or its tag when it is an <article>. */
function postKeys(el: Element, signal: PostSignal): string[] {
  if (signal === 'articles') return tagOf(el) === 'ARTICLE' ? ['ARTICLE'] : [];
  const keys: string[] = [];
  const type = attr(el, 'itemtype');
  if (type !== null && el.hasAttribute('itemscope') && POST_TYPE.test(type)) keys.push('type');
  const cls = attr(el, 'class');
  // Most elements are no post: one test of the whole name before looking at its tokens.
  if (!cls || !POST_HINT.test(cls)) return keys;
  for (const token of cls.split(/\s+/)) {
    if (token && POST_CLASS.test(token)) keys.push(`${tagOf(el)} ${token.toLowerCase()}`);
  }
  return keys;
}

/** Whether `el` or one of its near ancestors is named as a list of posts. */
function inThread(el: Element): boolean {
  let a: Element | null = el;
  for (let i = 0; a && i < THREAD_REACH; i++, a = a.parentElement) {
    if (THREAD_NAME.test(namesOf(a))) return true;
  }
  return false;
}
