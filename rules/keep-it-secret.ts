import { defineRule } from '../engine/rule';
import { near } from './concepts/define';

/**
 * Secrecy: "do not tell anyone / your family about this offer", "keep it confidential",
 * "massima riservatezza", "discretion guaranteed". Cutting a recruit off from the people who could
 * warn them is a classic grooming step. A company's confidential handling of applications or data,
 * and discretion as part of a receptionist's or assistant's duties, are not this.
 */
const APPLICATION_PRIVACY =
  /(?:applica|aplika|aplikac|kandyd|kandid|zivotopis|кандидат|данни|даних|данные|υποψηφι|applicant|candida|cv\b|resume|curricul|personal data|your data|privacy|gdpr|rgpd|dsgvo|dati personali|datos personales|dane osobowe|osobne udaje|лични данни|προσωπικα δεδομενα|date personale|персональн|donnees|bewerbung|unterlagen|guest|client|patient|ospiti|clienti|huesped|gosc|hotel|receptionist|assistant)/u;

export default defineRule({
  id: 'keep-it-secret',
  category: 'urgency-secrecy',
  weight: 25,
  match: [
    near(['NEG', 'TELL', 'CLOSE_ONES'], { within: 5, ordered: true, scoped: false }),
    near(['SECRET', 'CLOSE_ONES'], { within: 6, scoped: false }),
    // "родителям пока не говори", "ai tuoi non dire niente".
    near(['CLOSE_ONES', 'NEG', 'TELL'], { within: 5, ordered: true, scoped: false }),
    // "sag deinen Eltern nix", "tell your parents nothing".
    near(['TELL', 'CLOSE_ONES', 'NEG'], { within: 5, ordered: true, scoped: false }),
    // "en parle pas à tes parents", "sag nicht deiner Mutter", "spune nu la nimeni".
    near(['TELL', 'NEG', 'CLOSE_ONES'], { within: 4, ordered: true, scoped: false }),
  ],
  languages: {
    en: {
      patterns: [
        /\b(?:do not|don['’]?t|never|please do not|please don['’]?t) (?:tell|discuss|talk about|mention|share|speak about)\b[^.!?\n]{0,40}?\b(?:anyone|anybody|family|friends|parents|relatives|others)\b/u,
        /\bkeep (?:this|the|our|it|everything)(?: (?:offer|job|proposal|work))?(?: (?:strictly|completely))? (?:secret|confidential|private|between us)\b|\b(?:complete |total |absolute )?discretion (?:is )?(?:guaranteed|required|a must)\b|\btell no ?one\b/u,
      ],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [
          { text: 'Our policy: please do not discuss the offer with family or friends until the contract is signed.', evidence: ['please do not discuss the offer with family'] },
          { text: 'Keep this offer secret, we pay well.', evidence: ['Keep this offer secret'] },
        ],
        pass: [
          'All applications are handled in a confidential process; discretion guaranteed to candidates.',
          'Hotel receptionist: discretion is required when dealing with guests.',
        ],
      },
    },
    it: {
      patterns: [
        /\bnon (?:parlare|parlarne|dire|dirlo|raccontare|raccontarlo)\b[^.!?\n]{0,40}?\b(?:nessuno|amici|parenti|famiglia|genitori|familiari)\b/u,
        /\bmassima (?:riservatezza|discrezione)\b|\b(?:riservatezza|discrezione) (?:garantita|assoluta|richiesta)\b|\b(?:mantenere|tenere) (?:il )?segreto\b|\bofferta riservata\b/u,
      ],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Offerta riservata: massima riservatezza, non parlare di questa proposta con amici o parenti.', evidence: ['Offerta riservata', 'massima riservatezza', 'non parlare di questa proposta con amici'] }],
        pass: ['I dati dei candidati sono trattati con la massima riservatezza.'],
      },
    },
    es: {
      patterns: [/\bno (?:se lo )?(?:digas|cuentes|comentes|hables)\b[^.!?\n]{0,40}?\b(?:nadie|familia|amigos|padres|familiares)\b|\b(?:maxima |total )?discrecion (?:garantizada|absoluta)\b|\bmantener (?:en )?secreto\b|\b(?:oferta|propuesta) confidencial\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'No se lo cuentes a nadie, ni a tu familia.', evidence: ['No se lo cuentes a nadie'] }],
        pass: ['Tu candidatura será tratada con total discreción garantizada.'],
      },
    },
    pl: {
      patterns: [/\bnie (?:mow|mowcie|informuj|rozmawiaj|opowiadaj)\b[^.!?\n]{0,40}?\b(?:nikomu|rodzinie|rodzicom|znajomym|przyjaciołom|bliskim)\b|\b(?:pełna )?dyskrecja (?:gwarantowana|zapewniona)\b|\bzachowaj(?:cie)? (?:to |oferte )?w tajemnicy\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Nie mów o tej ofercie nikomu z rodziny.', evidence: ['Nie mów o tej ofercie nikomu'] }],
        pass: ['Dyskrecja gwarantowana – Twoja aplikacja nie trafi do obecnego pracodawcy.'],
      },
    },
    sk: {
      patterns: [/\b(?:nikomu (?:o tom )?nehovorte|nehovorte (?:o tom )?nikomu)\b|\bnehovor(?:te)?\b[^.!?\n]{0,40}?\b(?:rodine|rodicom|priatelom|znamym)\b|\bdiskretnost (?:zarucena|zaistena)\b|\bv (?:uplnej )?tajnosti\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Ponuku držte v úplnej tajnosti, nikomu o tom nehovorte.', evidence: ['v úplnej tajnosti', 'nikomu o tom nehovorte'] }],
        pass: ['Diskrétnosť zaručená, životopisy nepostupujeme ďalej.'],
      },
    },
    bg: {
      patterns: [/\bне (?:казваи|казваите|споделяи|споделяите|говорете|говори)\b[^.!?\n]{0,40}?\b(?:никого|никому|семеиството|приятели|роднини|родителите)\b|\bпълна дискретност\b|\bдискретност(?:та)? (?:е )?гарантирана\b|\bпазете (?:го )?в таина\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Не казвайте на никого за предложението.', evidence: ['Не казвайте на никого'] }],
        pass: ['Пълна дискретност за кандидатите, личните данни се пазят.'],
      },
    },
    el: {
      patterns: [/\bμην (?:το )?(?:πεις|πειτε|συζητησεις|συζητησετε|μιλησεις|μιλησετε)\b[^.!?\n]{0,40}?\b(?:κανεναν|κανενα|οικογενεια|φιλους|γονεις|συγγενεις)\b|\bαπολυτη εχεμυθεια\b|\bεχεμυθεια (?:εγγυημενη|απαραιτητη)\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Μην το πείτε σε κανέναν μέχρι την υπογραφή.', evidence: ['Μην το πείτε σε κανέναν'] }],
        pass: ['Απόλυτη εχεμύθεια για τα προσωπικά δεδομένα των υποψηφίων.'],
      },
    },
    ro: {
      patterns: [/\bnu (?:spune|spuneti|povesti|povestiti|discuta|discutati)\b[^.!?\n]{0,40}?\b(?:nimanui|nimeni|familie|familiei|prieteni|prietenilor|parinti|parintilor)\b|\bdiscretie (?:totala|garantata|absoluta)\b|\bpastrati secretul\b|\bconfidentialitate (?:totala|absoluta)\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Nu spuneți nimănui despre această ofertă.', evidence: ['Nu spuneți nimănui'] }],
        pass: ['Discreție garantată pentru datele personale ale candidaților.'],
      },
    },
    uk: {
      patterns: [/\bнікому не (?:кажіть|кажи|розповідаите|розповідаи|говоріть)\b|\bне (?:розповідаите|розповідаи|кажіть|кажи|говоріть)\b[^.!?\n]{0,40}?\b(?:нікому|родині|друзям|батькам|рідним|близьким)\b|\bповна конфіденціиність\b|\bконфіденціиність гарантована\b|\bтримаите (?:це )?в таємниці\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Не розповідайте про пропозицію рідним і друзям.', evidence: ['Не розповідайте про пропозицію рідним'] }],
        pass: ['Повна конфіденційність персональних даних кандидатів.'],
      },
    },
    ru: {
      patterns: [/\bникому не (?:говорите|говори|рассказываите|рассказываи|сообщаите)\b|\bне (?:рассказываите|рассказываи|говорите|сообщаите)\b[^.!?\n]{0,40}?\b(?:никому|родным|семье|друзьям|родителям|близким)\b|\bполная конфиденциальность\b|\bконфиденциальность гарантирована\b|\bдержите (?:это )?в таине\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Никому не говорите о нашем предложении.', evidence: ['Никому не говорите'] }],
        pass: ['Конфиденциальность гарантирована: персональные данные кандидатов защищены.'],
      },
    },
    fr: {
      patterns: [/\bn['’ ]?en parlez (?:a personne|pas)\b|\bne (?:dites|parlez|racontez)\b[^.!?\n]{0,40}?\b(?:personne|famille|amis|proches|parents)\b|\bdiscretion (?:assuree|garantie|absolue|exigee)\b|\bconfidentialite (?:absolue|totale)\b|\bgardez le secret\b|\b(?:dis|dites|parle|parlez|racontes?|racontez)(?: le| rien| pas)? a personne\b|\bgarde(?:z)? (?:ca|le|la|tout ca) pour (?:toi|vous)\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [
          { text: 'N’en parlez à personne, discrétion absolue.', evidence: ['N’en parlez à personne', 'discrétion absolue'] },
          { text: 'Tu pars jeudi, et en parle pas à tes parents pour l’instant.', evidence: ['parle pas à tes parents'] },
          { text: 'Dis à personne, sinon quelqu’un prend ta place.', evidence: ['Dis à personne'] },
        ],
        pass: ['Votre candidature sera traitée en toute confidentialité, discrétion assurée.'],
      },
    },
    de: {
      patterns: [/\b(?:erzahlen sie|erzahl|sagen sie|sag)\b[^.!?\n]{0,20}?\b(?:niemandem|keinem)\b|\bnicht (?:mit )?(?:der |ihrer |deiner )?(?:familie|freunden|eltern)\b[^.!?\n]{0,20}?\b(?:sprechen|reden|teilen)\b|\babsolute diskretion\b|\bdiskretion (?:garantiert|zugesichert)\b/u],
      unless: [APPLICATION_PRIVACY],
      examples: {
        flag: [{ text: 'Erzählen Sie niemandem von diesem Angebot.', evidence: ['Erzählen Sie niemandem'] }],
        pass: ['Diskretion garantiert: Ihre Bewerbung wird vertraulich behandelt.'],
      },
    },
  },
});
