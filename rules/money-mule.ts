import { defineRule } from '../engine/rule';
import { near } from './concepts/define';

/**
 * The "job" is to move money or goods for someone else: parcels received at home and sent on
 * (reshipping), cheques cashed and the rest wired on, payments passed through the worker's own
 * account. The worker carries the legal risk and often loses the money; the same offers recruit
 * people for worse. Written once for every language (rules/concepts/).
 */
export default defineRule({
  id: 'money-mule',
  category: 'money-mule',
  weight: 40,
  match: [
    near(['PARCEL', 'FORWARD', 'HOME'], { within: 16 }),
    near(['PARCEL', 'FORWARD'], { within: 3, unlessAd: ['SALE'] }),
    near(['CHEQUE', 'CASH', ['SEND', 'FORWARD']], { within: 14 }),
    near(['ACCOUNT', 'RECEIVE', ['FORWARD', 'SEND', 'CASH']], { within: 12 }),
    // "Σας μπαίνει ένα ποσό, το σηκώνετε και το στέλνετε με Western Union".
    near(['RECEIVE', 'CASH', ['FORWARD', 'SEND']], { within: 12, unless: ['JOB'] }),
    // "Pay it into your account, keep £300 as your fee and send the rest": the account, a cut kept, the rest passed on.
    near(['ACCOUNT', 'CASH', ['CASH', 'FORWARD', 'SEND']], { within: 16 }),
    // The "app tester" who passes a video-ident with their own ID and hands the logins over.
    near(['CHECK', 'DOC', 'BANK', ['SEND', 'FORWARD']], { within: 16, unless: ['IN_PERSON'] }),
    // The fake cheque "for your home-office equipment".
    near(['CHEQUE', 'TRAINING', ['SEND', 'RECEIVE', 'CASH']], { within: 10 }),
  ],
  languages: {
    en: {
      examples: {
        flag: [
          { text: 'Package handler from home: receive parcels at your address, relabel and reship them, $2,500/month.', evidence: ['Package handler from home: receive parcels at your address, relabel'] },
          { text: 'We mail you a check, you cash it, keep $300 and send the rest by Western Union.', evidence: ['mail you a check, you cash'] },
          { text: 'Payments agent: you receive client payments into your bank account and transfer them on the same day.', evidence: ['receive client payments into your bank account and transfer them'] },
          { text: 'Your first task: a cheque is posted to you. Pay it into your account, keep £300 as your fee and send the rest via Wise to our supplier.', evidence: ['your account, keep £300 as your fee and send the rest'] },
          { text: 'App tester from home: for each test you pass a video ident with your ID card and then share the login details with us.', evidence: ['pass a video ident with your ID card and then share the login details'] },
        ],
        pass: [
          'Warehouse operative: pick and pack orders, scan items, load vans. Named employer, Monday to Friday.',
          'Your salary is paid into your bank account on the 25th of each month.',
          'Cashier: handle cash and card payments, count the till at close.',
        ],
      },
    },
  },
});
