import { defineLexicon } from './define';

/** English, including the chat register ("u", "ur", "dont", "pls"). */
export default defineLexicon('en', {
  NEG: ['no', 'not', 'never', 'without', 'none', 'nothing', 'dont', 'don t', 'do not', 'doesnt', 'does not', 'wont', 'won t', 'will not', 'cannot', 'can t', 'free of', 'zero', 'neither', 'nor'],
  REQUEST: ['ask*', 'request*', 'require*', 'demand*', 'charg*', 'send', 'sending', 'provide', 'give', 'pay', 'collect', 'need', 'want'],
  WARN: ['beware', 'be careful', 'caution', 'warning', 'scam*', 'fraud*', 'attention', 'report it', 'suspicious', 'stay safe', 'safety tip*', 'protect yourself'],
  BUT: ['but', 'however', 'except', 'although'],

  CODE_UNIT: ['rose*', 'gift*', 'donation*', 'present*', 'flower*'],
  TIME_UNIT: ['minute*', 'mins', 'hour*', 'hr', 'hrs', 'hour', 'half hour', 'half an hour', 'overnight', 'night', 'quickie', 'qv'],
  ONLY: ['only', 'just', 'exclusively'],
  PER: ['per', 'each', 'every'],

  INCALL: ['my place', 'my apartment', 'my flat', 'at mine', 'my hotel', 'my studio', 'private apartment', 'you come to me', 'come to me', 'i host', 'can host', 'hosting', 'incalls'],
  OUTCALL: ['your place', 'your hotel', 'your home', 'i come to you', 'i travel to you', 'i can come', 'hotel visits', 'home visits', 'hotel visit', 'visit you', 'visiting you', 'outcalls'],
  DISCREET: ['discreet*', 'discretion', 'private meeting*', 'intimate'],
  COMPANION: ['companion*', 'escort*', 'company', 'date', 'dates', 'gfe', 'girlfriend experience', 'sugar', 'sugar daddy'],

  TRAVEL: ['ticket*', 'flight*', 'plane', 'airfare', 'air fare', 'travel*', 'trip', 'transport*', 'bus', 'visa*', 'work permit*', 'fare', 'airplane'],
  WE_PAY: ['we pay', 'we ll pay', 'well pay', 'we will pay', 'we cover', 'we ll cover', 'we will cover', 'paid by us', 'paid by the company', 'paid by the agency', 'paid for you', 'on us', 'covered', 'we advance', 'advanced', 'he pays', 'he will pay', 'she pays', 'they pay', 'will be paid', 'prepaid', 'pre paid', 'we book', 'we organise', 'we organize', 'we arrange', 'arranged', 'organised', 'organized', 'sorted', 'we sort', 'taken care of', 'she ll get', 'he ll get', 'will get your', 'get you a', 'buys', 'buy your', 'company pays', 'agency pays', 'boss pays', 'free flight', 'free ticket'],
  REPAY: ['repay*', 'pay back', 'pay it back', 'pay him back', 'pay her back', 'pay us back', 'pay them back', 'paid back', 'payback', 'give back', 'give it back', 'return the money', 'owe', 'owes', 'owed', 'debt*', 'work it off', 'work off', 'pay off', 'pay it off', 'refund us'],
  DEDUCT: ['deduct*', 'withheld', 'withhold*', 'subtract*', 'taken from', 'taken out of', 'take it from', 'taken off', 'comes out of', 'come out of', 'out of your', 'from your first', 'held back', 'minus'],
  WAGES: ['salary', 'salaries', 'wage*', 'pay', 'paycheck*', 'paycheque*', 'payslip*', 'earnings', 'first salary', 'first salaries', 'first pay', 'first wages', 'paid', 'money you earn'],

  FEE: ['fee', 'fees', 'deposit*', 'insurance', 'reservation*', 'booking fee', 'paperwork', 'processing fee*', 'registration*', 'medical check*', 'medical exam*', 'place on the list', 'spot on the list', 'secure your place', 'secure your spot', 'reserve your spot', 'uniform', 'admin fee', 'administration fee', 'administrative fee', 'handling fee', 'application fee', 'membership', 'starter kit*', 'starter pack*', 'one time fee', 'one-time fee', 'one time payment', 'portfolio fee', 'activation fee', 'joining fee'],
  PAY_VERB: ['pay', 'pays', 'paying', 'payment*', 'send money', 'transfer*', 'wire', 'wired', 'deposit', 'top up'],
  BEFORE: ['before', 'in advance', 'upfront', 'up front', 'beforehand', 'prior', 'advance', 'first'],
  DEPARTURE: ['departure', 'depart*', 'leaving', 'leave', 'the trip', 'arrival', 'arrive', 'start', 'starting', 'first day', 'you fly', 'flying', 'travel'],
  TRAINING: ['training', 'trainings', 'course*', 'orientation', 'starter kit*', 'starter pack*', 'kit', 'equipment', 'materials', 'software', 'certification*', 'certificate*', 'laptop', 'license', 'licence'],

  DOC: ['passport*', 'id', 'ids', 'id card*', 'identity card*', 'identity document*', 'residence permit*', 'driving licen*', 'drivers licen*', 'driver s licen*', 'birth certificate*', 'id scan*'],
  PAPERS: ['document*', 'docs', 'papers', 'paperz'],
  BANK: ['bank detail*', 'bank account*', 'account number*', 'account details', 'iban', 'card number*', 'card detail*', 'credit card*', 'debit card*', 'pin', 'cvv', 'routing number*', 'sort code*', 'social security', 'ssn', 'national insurance number*', 'tax number*', 'tax id', 'login', 'online banking', 'bank login*'],
  SEND: ['send', 'sends', 'sent', 'mail', 'mailed', 'post you', 'give', 'provide', 'submit*', 'hand over', 'hand in', 'bring', 'upload*', 'share', 'scan', 'scans', 'copy', 'copies', 'photo of', 'picture of', 'forward'],
  KEEP: ['we keep', 'we ll keep', 'we will keep', 'kept by', 'we hold', 'we ll hold', 'held by', 'retain*', 'take your', 'safekeeping', 'safe keeping', 'custody', 'look after your', 'hand in', 'hand over', 'surrender*', 'for processing', 'stays with', 'stay with', 'hang onto', 'hang on to', 'handed to', 'kept safe', 'keep it safe', 'keep them safe', 'give it back', 'until the end'],
  CHECK: ['background check*', 'verification', 'verify', 'screening', 'security check*', 'credit check*', 'identity check*'],

  SECRET: ['secret', 'between us', 'keep it to yourself', 'keep this to yourself', 'to yourself', 'nobody must know', 'keep quiet', 'keep it quiet', 'hush', 'hide', 'low key', 'lowkey', 'our little secret'],
  TELL: ['tell', 'telling', 'say', 'talk', 'speak', 'mention', 'inform', 'discuss', 'share'],
  CLOSE_ONES: ['parent*', 'family', 'families', 'mum', 'mom', 'mother', 'dad', 'father', 'husband', 'boyfriend', 'bf', 'friend*', 'anyone', 'anybody', 'nobody', 'no one', 'noone', 'ur parents', 'your parents', 'folks'],
  NOW: ['now', 'today', 'tonight', 'tomorrow', 'at once', 'immediately', 'asap', 'urgent*', 'this week', 'right away', 'straight away', 'next week', 'this weekend', 'within days', 'no time'],
  LEAVE: ['leave', 'leaving', 'depart*', 'travel*', 'fly', 'flying', 'flight leaves', 'coach leaves', 'bus leaves'],

  DANCER: ['dancer*', 'hostess*', 'go go', 'gogo', 'showgirl*', 'animator*', 'entertainer*', 'model', 'models', 'modeling', 'modelling', 'striptease', 'stripper*', 'bar girl*', 'pole dance*', 'cabaret', 'nightclub', 'night club', 'vip club'],
  ABROAD: ['abroad', 'overseas', 'foreign country', 'foreign countries', 'tour', 'tours', 'touring', 'contract abroad', 'dubai', 'uae', 'qatar', 'doha', 'gulf', 'turkey', 'istanbul', 'cyprus', 'japan', 'tokyo', 'korea', 'seoul', 'lebanon', 'bahrain', 'oman', 'saudi', 'kuwait', 'malaysia', 'singapore', 'china', 'macau', 'israel', 'europe'],
  YOUNG: ['young', 'girl', 'girls', 'teen*', 'petite', 'fresh', 'student girl*', 'barely', 'schoolgirl*', 'years old'],
  NEW_ARRIVAL: ['new in town', 'just arrived', 'new here', 'first time here', 'new girl', 'new in the city', 'arrived today', 'only few days', 'only a few days', 'here for a few days'],

  CHAT: ['chat', 'chatting', 'text', 'texts', 'texting', 'message*', 'write', 'dm', 'pm', 'inbox', 'im', 'instant messag*', 'messaging'],
  INTERVIEW: ['interview*', 'hiring', 'recruitment', 'screening', 'onboarding', 'selection', 'hired'],

  FLORIST: ['bouquet*', 'bunch', 'bunches', 'dozen', 'florist*', 'stem', 'stems', 'flower shop*', 'delivery', 'deliver', 'garden*', 'nursery', 'harvest*', 'picker*', 'picking', 'valentine*', 'wedding*'],
  CHARITY: ['charity', 'charities', 'fundrais*', 'food bank*', 'church*', 'parish', 'museum*', 'admission', 'entry', 'volunteer*', 'ngo', 'foundation', 'shelter', 'appeal', 'legal advice', 'legal aid', 'advice', 'counselling', 'help desk'],
  BENEFIT: ['benefit*', 'health insurance', 'medical insurance', 'bonus*', 'allowance*', 'included', 'free for you', 'provided', 'perks'],
  CONTRACT: ['written contract', 'employment contract', 'contract of employment', 'signed contract', 'contract with', 'permanent contract', 'fixed term contract', 'work contract'],
  IN_PERSON: ['first day', 'in person', 'on site', 'onsite', 'at the office', 'when signing', 'for the contract', 'contract signing', 'payroll', 'hr', 'after the offer', 'once hired', 'after hiring', 'right to work'],
  TAX: ['tax', 'taxes', 'income tax', 'social security contribution*', 'national insurance', 'pension*', 'ni contribution*', 'withholding'],
  WORK_TRIP: ['client visit*', 'site visit*', 'business trip*', 'business travel', 'mileage', 'per diem', 'travel allowance', 'company car', 'client site*'],
  RENTAL: ['rent', 'rental', 'for rent', 'to let', 'bedroom*', 'landlord', 'tenant*', 'sqm', 'm2', 'lease', 'utilities', 'viewing*', 'unfurnished', 'furnished'],
  SALE: ['for sale', 'selling', 'ono', 'o n o', 'mileage', 'miles', 'km', 'puppy', 'puppies', 'kitten*', 'litter', 'furniture', 'sofa', 'mot', 'service history', 'collection only', 'to reserve', 'vet checked', 'microchipped'],
  JOB: ['job', 'jobs', 'work', 'working', 'worker*', 'vacanc*', 'position*', 'hiring', 'staff', 'employee*', 'employer*', 'shift*', 'apply', 'cv', 'resume', 'recruit*', 'candidate*', 'salary', 'wanted'],
  HOUSING: ['accommodation', 'housing', 'room', 'rooms', 'bed', 'beds', 'shared house', 'house', 'lodging', 'hostel', 'flat', 'caravan', 'dorm*', 'bunk*'],
  PARCEL: ['parcel*', 'package*', 'shipment*', 'goods', 'item', 'items', 'box', 'boxes', 'merchandise', 'deliveries'],
  RECEIVE: ['receive*', 'accept*', 'take delivery', 'collect', 'get'],
  FORWARD: ['transfer them', 'transfer it', 'pass on', 'pass them on', 'send it on', 'forward them', 'forward it', 'forward the', 'forwarding them', 'forward to', 'reship*', 'resend', 'send on', 'send them on', 'relabel*', 'ship out', 'ship them', 'repack*', 'reship', 'post them', 'mail them'],
  CHEQUE: ['check', 'checks', 'cheque*', 'money order*'],
  CASH: ['cash', 'cashing', 'cashed', 'withdraw*', 'send the rest', 'send the balance', 'keep 10', 'gift card*', 'itunes card*', 'transfer the rest', 'wire the rest'],
  ACCOUNT: ['your account', 'your bank account', 'bank account', 'personal account', 'your own account', 'ur account'],
  HOME: ['your address', 'your home', 'your house', 'your apartment', 'from home', 'work from home', 'home based', 'home-based', 'remote*', 'online', 'from your phone', 'from your couch', 'from your sofa', 'wfh'],
  EASY: ['easy', 'easily', 'simple', 'fast', 'quick', 'effortless', 'no effort', 'passive', 'guaranteed'],
  EARN: ['earn', 'earning*', 'income', 'make money', 'making money', 'profit*', 'cash', 'money'],
  DAY: ['a day', 'per day', 'daily', 'each day', 'every day', 'day', 'p d', 'pd'],
});
