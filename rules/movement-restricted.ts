import { defineRule } from '../engine/rule';
import { rx } from './lexicon/index';

// The worker may not leave the house, the farm or the lodging, or only accompanied.
export default defineRule({
  id: 'movement-restricted',
  category: 'control-signals',
  weight: 40,
  languages: {
    en: {
      patterns: [rx(/\b(?:not (?:allowed|permitted)|forbidden|cannot|can't|may not|must not|prohibited) (?:to )?(?:leave|go out(?:side)?|exit)(?: (?:the|your) (?:house|home|premises|accommodation|hostel|compound|farm|villa|apartment|flat))?\b|\bno (?:going out|leaving the (?:house|premises|farm|compound))\b|\b(?:always|must be|will be) accompanied\b/)],
      unless: [rx(/\b(?:children|child|patients?|unattended|during (?:your )?shifts?|without notice|before the end of (?:your|the) shift)\b/)],
      examples: {
        flag: [{ text: 'Workers are not allowed to leave the house without the supervisor.', evidence: ['not allowed to leave the house'] }],
        pass: ['Staff must not leave children unattended.'],
      },
    },
    it: {
      patterns: [rx(/\b(?:non (?:si puo|puoi|potete|potrai|e permesso|e consentito)|vietato) (?:uscire|allontanarsi|lasciare (?:la casa|l'alloggio|il campo|la struttura))\b|\bsenza (?:mai )?uscire\b|\bsempre accompagnat\w\b/)],
      unless: [rx(/\b(?:bambin\w|pazient\w|incustodit\w|turno)\b/)],
      examples: {
        flag: [{ text: 'Non si può uscire dal casolare senza il caposquadra.', evidence: ['Non si può uscire'] }],
        pass: ['Non è consentito lasciare i bambini incustoditi.'],
      },
    },
    es: {
      patterns: [rx(/\b(?:no (?:se puede|puedes|podras|podeis|esta permitido)|prohibido) (?:salir|abandonar (?:la casa|el piso|la finca))\b|\bsin salir\b|\bsiempre acompanad\w{1,2}\b/)],
      unless: [rx(/\b(?:ninos|pacientes|solos|turno)\b/)],
      examples: {
        flag: [{ text: 'Durante el contrato no se puede salir de la finca.', evidence: ['no se puede salir'] }],
        pass: ['No se puede salir del turno sin avisar al encargado... ni dejar a los niños solos.'],
      },
    },
    pl: {
      patterns: [rx(/\b(?:nie (?:wolno|mozna|możesz|mozesz|bedzie mozna)|zakaz) (?:wychodz\w{1,3}|opuszcza\w{1,3}|opuszcz\w{1,3}|wyjezdza\w{1,3})\b|\bzawsze w towarzystwie\b/)],
      unless: [rx(/\b(?:dzieci|podopieczn\w{1,3} sam\w{1,3}|zmiany)\b/)],
      examples: {
        flag: [{ text: 'Nie wolno wychodzić z kwatery po pracy.', evidence: ['Nie wolno wychodzić'] }],
        pass: ['Nie wolno zostawiać dzieci bez opieki.'],
      },
    },
    sk: {
      patterns: [rx(/\b(?:nesmi\w{1,3}|nemoze\w{0,3}|zakazane|zakaz) (?:vychadz\w{1,3}|odist|odchadz\w{1,3}|opust\w{1,4})\b/)],
      unless: [rx(/\b(?:deti|pacient\w{0,3}|zmen\w{1,2})\b/)],
      examples: {
        flag: [{ text: 'Z ubytovne nesmiete vychádzať bez koordinátora.', evidence: ['nesmiete vychádzať'] }],
        pass: ['Deti nesmú zostať bez dozoru.'],
      },
    },
    bg: {
      patterns: [rx(/(?:не (?:може|можете|можеш|е разрешено) (?:да )?|забранено (?:е )?(?:да )?)(?:излиза\w{0,3}|напуска\w{0,3})/)],
      unless: [rx(/(?:деца\w{0,3}|пациент\w{0,3}|смяна\w{0,3})/)],
      examples: {
        flag: [{ text: 'Не може да излизате от квартирата без бригадира.', evidence: ['Не може да излизате'] }],
        pass: ['Децата не може да остават сами.'],
      },
    },
    el: {
      patterns: [rx(/(?:δεν (?:επιτρεπεται|μπορει\w{0,3}) (?:να )?|απαγορευεται (?:να |η )?)(?:βγαιν\w{1,4}|βγει\w{0,3}|φυγ\w{1,4}|εξοδο\w{0,2}|αφησ\w{1,4} το σπιτι)|χωρι[σς] εξοδο/)],
      unless: [rx(/(?:παιδι\w{0,3}|ασθεν\w{1,4}|βαρδι\w{1,3})/)],
      examples: {
        flag: [{ text: 'Δεν επιτρέπεται να βγαίνετε από το σπίτι.', evidence: ['Δεν επιτρέπεται να βγαίνετε'] }],
        pass: ['Τα παιδιά δεν επιτρέπεται να μένουν μόνα.'],
      },
    },
    ro: {
      patterns: [rx(/\b(?:nu (?:aveti voie|ai voie|este permis|se poate) (?:sa )?|interzis (?:sa )?)(?:ies\w{1,3}|parasi\w{1,3}|paras\w{1,3}|plec\w{1,3})\b/)],
      unless: [rx(/\b(?:copii\w{0,2}|pacient\w{0,3}|tura\w{0,2})\b/)],
      examples: {
        flag: [{ text: 'Nu aveți voie să ieșiți din cazare fără coordonator.', evidence: ['Nu aveți voie să ieșiți'] }],
        pass: ['Copiii nu au voie să rămână nesupravegheați.'],
      },
    },
    uk: {
      patterns: [rx(/(?:не можна|заборонено|не дозволяється|не дозволено) (?:виходити|виходить|залишати|покидати|виіжджати|виїжджати)|без права виходу/)],
      unless: [rx(/(?:діт\w{1,3}|пацієнт\w{0,3}|змін\w{1,2})/)],
      examples: {
        flag: [{ text: 'Виходити з гуртожитку не можна, заборонено виходити без бригадира.', evidence: ['заборонено виходити'] }],
        pass: ['Дітей не можна залишати без нагляду.'],
      },
    },
    ru: {
      patterns: [rx(/(?:нельзя|запрещено|не разрешается|не разрешено) (?:выходить|покидать|уходить|уезжать|выезжать)|без права выхода/)],
      unless: [rx(/(?:дет\w{1,3}|пациент\w{0,3}|смен\w{1,2})/)],
      examples: {
        flag: [{ text: 'Выходить с территории нельзя, запрещено покидать общежитие.', evidence: ['запрещено покидать'] }],
        pass: ['Детей нельзя оставлять без присмотра.'],
      },
    },
    fr: {
      patterns: [rx(/\b(?:interdit de|pas le droit de|ne (?:pouvez|peut|pourrez|pourra) pas) (?:sortir|quitter)\b|\btoujours accompagne\w{0,2}\b/)],
      unless: [rx(/\b(?:enfants?|patients?|poste|service)\b/)],
      examples: {
        flag: [{ text: 'Il est interdit de sortir du logement sans le responsable.', evidence: ['interdit de sortir'] }],
        pass: ['Il est interdit de quitter son poste sans prévenir.'],
      },
    },
    de: {
      patterns: [rx(/\b(?:haus|gelande|unterkunft|wohnung|hof|betrieb)\w{0,2} (?:\w+ ){0,2}?(?:nicht|nie) verlassen\b|\b(?:ausgang|verlassen der unterkunft) (?:ist )?(?:verboten|nicht erlaubt)\b|\bohne ausgang\b|\bimmer in begleitung\b/)],
      unless: [rx(/\b(?:kinder\w{0,2}|patient\w{0,3}|schicht\w{0,3}|arbeitsplatz)\b/)],
      examples: {
        flag: [{ text: 'Die Unterkunft darf nicht verlassen werden.', evidence: ['Unterkunft darf nicht verlassen'] }],
        pass: ['Den Arbeitsplatz während der Schicht nicht verlassen.'],
      },
    },
  },
});
