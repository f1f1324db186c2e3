/**
 * The concepts the rules compose (engine/grammar.ts), with what each one means. Every language's
 * lexicon (rules/concepts/<lang>.ts) maps its words, inflected forms, slang and abbreviations to
 * these ids; a rule names ids only, never words. NUM, AMOUNT, MONEY and CONTACT are found by the
 * engine itself (numbers, the money and contact detectors).
 */
export const CONCEPTS = {
  // Scope: decided by the engine for every rule.
  NEG: 'a negation: no, not, never, without, none, nothing ("we never…", "no fees")',
  REQUEST: 'asking or demanding something of the reader: ask, request, require, demand, charge, send, provide, give, pay (after NEG, the negation reaches the whole sentence)',
  WARN: 'a warning cue: beware, be careful, caution, warning, scam, fraud, attention, report, suspicious',
  ALERT: 'the name of a harm in an awareness notice: human trafficking, exploitation, money laundering, money mules, forced labour, warning signs, fake offers',
  HELP: 'where a warned reader turns: a helpline, the police, report it, ask for help, anonymous and free advice',
  BUT: 'a contrast that ends a negation: but, however, except',

  // Money, time, price.
  CODE_UNIT: 'a thing named instead of money as the price of a meeting: roses, gifts, presents, donations, flowers (as units, any inflection); the rose emoji reads "rose"',
  TIME_UNIT: 'a unit or word of a short duration used in prices: min, minutes, h, hr, hour, half an hour, night, "hour" in every inflection',
  ONLY: 'only, just, exclusively',
  PER: 'per, a, an, each, for every (before a time unit)',

  // Sexual-service codes.
  INCALL: 'the client comes to the provider: incall, at my place, my flat, with me, u siebie, у себя, la mine, chez moi, bei mir, da me',
  OUTCALL: 'the provider goes to the client: outcall, I come to you, your hotel, home visits, dojazd, выезд, deplasare, déplacement, Haus- und Hotelbesuche, a domicilio',
  DISCREET: 'discreet, discretion, private meetings, intimate',
  COMPANION: 'companion, escort, company, date, girlfriend experience, sugar',

  // Travel and debt.
  TRAVEL: 'travel items a recruiter pays: ticket, flight, plane, airfare, travel, trip, transport, bus, visa, work permit',
  WE_PAY: 'paid or covered by the recruiter: we pay, paid by us, on us, covered, we cover, advanced, the company pays, he pays, free of charge for you (not "you pay")',
  REPAY: 'paying back a debt: repay, pay back, reimburse, return the money, give back, owe, debt, work it off',
  DEDUCT: 'taken out of pay: deducted, deduct, withheld, subtracted, taken from, held back',
  WAGES: 'pay received by the worker: salary, wage(s), pay, paycheck, earnings, first salaries, payment for work',

  // Fees.
  FEE: 'a charge to the worker: fee, charge, cost, deposit, commission, insurance, reservation, booking, paperwork, processing, registration, medical check, a place on the list, uniform, admin costs',
  PAY_VERB: 'the worker pays: pay, payment, send money, transfer, wire, deposit (verb)',
  BEFORE: 'before, in advance, upfront, beforehand, prior, first (of a payment before something)',
  DEPARTURE: 'departure, leaving, the trip, arrival, start of work, the first day',
  TRAINING: 'training, course, orientation, starter kit, equipment, materials, software, certification to be bought',

  // Documents and data.
  DOC: 'identity documents by name: passport, ID, ID card, identity card, residence permit, driving licence, birth certificate',
  PAPERS: 'documents in general: documents, papers, docs (identity or permit papers in this trade)',
  BANK: 'bank and identity numbers: bank details, account number, IBAN, card number, card details, PIN, social security number, SSN, tax number, PESEL',
  SEND: 'handing something over: send, give, provide, submit, hand over, bring, upload, share, scan, copy',
  KEEP: 'keeping something of the worker: keep, hold, retain, take, store, safekeeping, in custody',
  CHECK: 'checking a person: background check, verification, screening, security check',

  EXPERIENCE: 'a requirement of experience or skill: experience, skills, qualifications, diploma, training needed (after a negation: "no experience")',
  LANGUAGE_SKILL: 'a requirement of language: language, English, German, Italian, speaking the language (after a negation: "no English needed")',
  PLACES: 'places to fill: places, spots, slots, seats, vacancies left, positions left',

  // Urgency and secrecy.
  SECRET: 'secrecy: secret, confidential, between us, nobody must know, keep quiet, hide',
  TELL: 'telling: tell, say, talk, speak, mention, inform',
  CLOSE_ONES: 'people close to the reader: parents, family, mum, dad, husband, boyfriend, friends, anyone, nobody',
  NOW: 'immediately: now, today, tonight, tomorrow, at once, immediately, asap, urgent, this week, right away',
  LEAVE: 'leaving for the job: leave, depart, go, travel, fly, move',

  // Lures.
  DANCER: 'exposed entertainment work: dancer, hostess, go-go, showgirl, animator, entertainer, model, striptease, bar girl, consumazione',
  ABROAD: 'abroad and destinations: abroad, overseas, foreign country, tour, contract abroad, Dubai, Gulf, Turkey, Cyprus, Japan, Korea, Europe (as a destination)',
  YOUNG: 'youth emphasis: young, girl(s), 18+, teen, petite, fresh, student girls',
  NEW_ARRIVAL: 'new arrival: new in town, just arrived, new here, first time here, new girl',

  // Contact.
  MESSENGER: 'a messenger app: WhatsApp, Telegram, Signal, Viber, WA, TG, Messenger, Hangouts, Wickr',
  CHAT: 'writing instead of talking: chat, text, message, write, DM, PM, inbox',
  INTERVIEW: 'a hiring step: interview, hiring, recruitment, screening, onboarding, selection',

  // Context that makes a word innocent.
  FLORIST: 'the flower trade: bouquet, bunch, dozen, florist, stems, flower shop, delivery, garden, nursery, harvest, pickers, Valentine',
  CHARITY: 'giving and visiting: charity, fundraiser, fundraising, food bank, church, parish, museum, admission, entry, volunteers, NGO, foundation',
  BENEFIT: 'what an employer offers: benefits, health insurance, bonus, allowance, included, free for you, provided',
  CONTRACT: 'a written employment contract with someone named: written contract, employment contract, contract with <company>, signed contract, contract of employment',
  IN_PERSON: 'documents seen in person for a contract: first day, in person, on site, at the office, when signing, for the contract, payroll, HR',
  TAX: 'deductions required by law: tax, income tax, taxes, social security contributions, national insurance, pension contributions',
  WORK_TRIP: 'business travel of an employee: client visits, site visits, business trips, mileage, per diem, travel allowance, company car',
  RENTAL: 'renting a place: rent, for rent, to let, flat, apartment, room, bedroom, studio, landlord, tenant, lease, m2, utilities',
  SALE: 'selling goods: for sale, selling, price, ono, car, mileage, km, puppies, kittens, furniture, sofa, bike, phone for sale, collection only',
  JOB: 'a job offer: job, work, vacancy, position, hiring, we are looking for, staff, employee, shift, apply, CV, employer, contract of employment',
  HOUSING: 'accommodation given with a job: accommodation, housing, room, bed, shared house, lodging, hostel, flat (provided by the employer)',
  ON_SITE: 'a bed where the work or the boss is: above the club, bar or shop, on the farm, on site, in the club, at the boss\'s, his flat, next to the warehouse, given by him',

  // Employment fraud.
  PARCEL: 'parcels and goods: parcel, package, packages, shipment, goods, items, boxes',
  RECEIVE: 'receiving: receive, accept, take delivery, collect',
  FORWARD: 'sending on: forward, reship, resend, send on, relabel, ship out, repack',
  CHEQUE: 'a cheque or money order: check, cheque, money order',
  CASH: 'cashing or passing money: cash, deposit, withdraw, transfer on, send the rest, Western Union, MoneyGram, gift cards, bitcoin',
  ACCOUNT: 'the worker\'s own account: your account, bank account, personal account',
  HOME: 'work from home: from home, home office, remote, online, from your phone',
  EASY: 'easy or fast money: easy, simple, fast, quick, effortless, no effort, passive',
  EARN: 'earning: earn, earnings, income, make money, profit, money',
  DAY: 'per day: a day, per day, daily, each day',
} as const;

export type ConceptId = keyof typeof CONCEPTS;
