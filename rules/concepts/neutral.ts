import { defineLexicon } from './define';

/**
 * Words that mean the same in ads of every language: brand names, English loanwords of the trade,
 * and the words emoji are read as (engine/emoji.ts).
 */
export default defineLexicon('neutral', {
  CODE_UNIT: ['rose', 'roses'],
  INCALL: ['incall', 'in call', 'in-call'],
  OUTCALL: ['outcall', 'out call', 'out-call'],
  TRAVEL: ['flight', 'visa'],
  DOC: ['passport'],
  BANK: ['iban', 'cvv'],
  EARN: ['money'],
  MESSENGER: ['whatsapp', 'whats app', 'watsap*', 'wathsapp', 'whatsup', 'wapp', 'telegram', 'telega', 'signal', 'viber', 'hangouts', 'wickr', 'kik', 'snapchat', 'google chat'],
  CASH: ['western union', 'moneygram', 'bitcoin', 'btc', 'usdt', 'crypto', 'paypal', 'revolut'],
  TIME_UNIT: ['min', 'h', 'hr', 'hrs'],
});
