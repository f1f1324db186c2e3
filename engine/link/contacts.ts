import type { Contact, ContactType } from '../types';

/**
 * Shared-contact grouping: ads that carry the same phone number, e-mail or messenger handle.
 * A phone is one contact whatever app it is offered on ("WhatsApp +39 …" and "Tel +39 …" are the same
 * person), so every E.164 value is keyed as a phone. Web addresses are not linked: a company's careers
 * site in all of its ads is the norm, not a signal.
 */

const E164 = /^\+\d{6,15}$/;
const NOT_LINKED: ReadonlySet<ContactType> = new Set(['url']);

/** The value two ads must share to be linked, e.g. "phone:+393296041177", "email:a@b.it", "telegram:lara_vip"; undefined when not linkable. */
export function contactKey(contact: Pick<Contact, 'type' | 'value'>): string | undefined {
  if (NOT_LINKED.has(contact.type)) return undefined;
  const value = contact.value.trim();
  // A bare mention of an app ("write me on Telegram") carries the app's name as its value: nothing to share.
  if (value === '' || value.toLowerCase() === contact.type) return undefined;
  if (E164.test(value)) return `phone:${value}`;
  if (contact.type === 'phone') return undefined; // a phone the detector could not put in E.164 is too uncertain to link
  return `${contact.type}:${value.toLowerCase().replace(/^@/, '')}`;
}

export interface ContactGroup {
  key: string;
  /** Indexes into the input, ascending. */
  members: number[];
}

/** Every contact key held by at least two different ads, with those ads; ordered by size, then key. */
export function contactGroups(contactsPerAd: readonly (readonly Contact[])[]): ContactGroup[] {
  const byKey = new Map<string, number[]>();
  contactsPerAd.forEach((contacts, index) => {
    for (const contact of contacts) {
      const key = contactKey(contact);
      if (key === undefined) continue;
      const members = byKey.get(key);
      if (!members) byKey.set(key, [index]);
      else if (members[members.length - 1] !== index) members.push(index);
    }
  });
  return [...byKey]
    .filter(([, members]) => members.length >= 2)
    .map(([key, members]) => ({ key, members }))
    .sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
