/**
 * Vocabulary shared by the off-platform-contact and anonymous-recruiter rules. Regex sources for the
 * NORMALIZED text (lower case, no diacritics, "й" → "и"); the names of the apps as ads write them.
 */

/** WhatsApp, Telegram, Signal, Viber, in Latin, Cyrillic and Greek letters, misspelled and inflected. */
export const MESSENGER =
  "(?:whats?\\s?app?|what'?s app|watt?s\\s?app?|vatt?s\\s?app?|telegram\\p{L}{0,3}|viber\\p{L}{0,3}|signal|" +
  '(?:ват|вот|уат|уот)с\\s?апп?\\p{L}{0,3}|вацап\\p{L}{0,3}|телеграм\\p{L}{0,4}|ва[ий]б[еъ]р\\p{L}{0,3}|вибер\\p{L}{0,3}|βατσαπ|τελεγκραμ|βαιμπερ)';

/** A messenger, or text messages, as the one allowed channel. */
export const CHANNEL = `(?:${MESSENGER}|sms|smsy|smsem|смс|text(?:s|ing)?|messages?|messaggi|mensajes?|wiadomosc\\p{L}{0,3}|spravy|съобщения|μηνυματα|mesaje|повідомлення|сообщения|textos?|nachrichten)`;

/** Customer service, where a company's WhatsApp line is ordinary. */
export const CUSTOMER_SERVICE =
  '(?:customer|clients?|support|helpdesk|assistenza|servizio clienti|atencion al cliente|obs[lł]ug\\p{L} klient\\p{L}{0,3}|zakaznick\\p{L}{1,3}|обслужване на клиенти|поддръжка|поддержк\\p{L}|підтримк\\p{L}|εξυπηρετηση|relatii cu clientii|service client|kundenservice|kundendienst|hotline)';
