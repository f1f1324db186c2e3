import { defineRule } from '../engine/rule';
import { rx } from './lexicon/index';

/** A CV with a photo is ordinary in several countries: photos sent with a CV are not this signal. */
const CV = /\b(?:cv|curriculum|resume|lebenslauf\w{0,2}|zivotopis\w{0,2}|zyciorys\w{0,2}|biografic\w{0,3}|резюме|βιογραφικ\w{1,3}|candidature|bewerbung\w{0,2}|portfolio)\b/;

// Personal photos (face, full body) sent to a recruiter before any interview: used to select and
// later to pressure. Model agencies ask to BRING natural photos to a casting; this rule wants SEND.
export default defineRule({
  id: 'photos-requested',
  category: 'document-request',
  weight: 20,
  scoped: true,
  languages: {
    en: {
      patterns: [rx(/\b(?:send|email|whatsapp|text|attach|upload|dm|share|include|forward)\b[^.;\n]{0,25}?\b(?:\d+ |some |a few |recent |your |full[- ]body |body |bikini |swimsuit |private |personal |sexy )*(?:photos?|pictures?|pics|selfies?)\b|\bfull[- ]body (?:photos?|pictures?|shots?)\b|\bphotos? \(?(?:face and (?:full )?body|in (?:bikini|swimsuit|lingerie))/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'To apply send 3 recent photos (face and full body) and a copy of your passport.', evidence: ['send 3 recent photos'] }],
        pass: ['Bring natural photos without make-up to the open casting.', 'Send your CV with a photo to hr@hotel.co.uk.'],
      },
    },
    it: {
      patterns: [rx(/\b(?:invia\w{0,4}|manda\w{0,4}|allega\w{0,4}|spedi\w{1,4}|scrivi e manda)\b[^.;\n]{0,25}?\b(?:\d+ |alcune |qualche |tue |le tue )*(?:foto|fotografie|selfie|immagini)\b|\bfoto (?:a )?(?:figura intera|in costume|in bikini|in intimo)\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Inviare 3 foto e copia del passaporto su WhatsApp.', evidence: ['Inviare 3 foto'] }],
        pass: ['Inviare CV con foto a personale@hotel.it.'],
      },
    },
    es: {
      patterns: [rx(/\b(?:envia\w{0,4}|manda\w{0,4}|adjunta\w{0,4}|pasanos)\b[^.;\n]{0,25}?\b(?:\d+ |una |unas |tus |alguna |algunas )*(?:fotos?|fotografias?|selfies?)\b|\bfotos? de cuerpo entero\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Envía una foto de cuerpo entero y copia del pasaporte por WhatsApp.', evidence: ['Envía una foto'] }],
        pass: ['Envía tu CV con foto a empleo@hotel.es.'],
      },
    },
    pl: {
      patterns: [rx(/\b(?:wysl\w{1,4}|wysył\w{1,4}|przesl\w{1,4}|przesył\w{1,4}|załacz\w{1,4}|dołacz\w{1,4})\b[^.;\n]{0,25}?\b(?:\d+ |swoje |kilka |aktualne )*(?:zdjec\w{1,3}|zdjecie|fotk\w{1,3}|selfie)\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Wyślij zdjęcia i skan paszportu na Telegram.', evidence: ['Wyślij zdjęcia'] }],
        pass: ['Prześlij CV ze zdjęciem na adres praca@firma.pl.'],
      },
    },
    sk: {
      patterns: [rx(/\b(?:posl\w{1,4}|posiel\w{1,4}|zasl\w{1,4}|prilozte)\b[^.;\n]{0,25}?\b(?:\d+ |svoje |par )*(?:fotk\w{1,3}|fotografi\w{1,3}|fotiek|selfie)\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Pošlite 3 fotky a kópiu pasu na WhatsApp.', evidence: ['Pošlite 3 fotky'] }],
        pass: ['Životopis s fotografiou posielajte na praca@hotel.sk.'],
      },
    },
    bg: {
      patterns: [rx(/(?:изпрат\w{1,4}|прат\w{1,4}|пращ\w{1,4})[^.;\n]{0,25}?(?:снимк\w{1,3}|снимки|фото\w{0,4}|селфи)/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Изпратете снимки и копие на паспорта във Viber.', evidence: ['Изпратете снимки'] }],
        pass: ['Изпращайте CV със снимка на hr@hotel.bg.'],
      },
    },
    el: {
      patterns: [rx(/(?:στειλτε|στειλε|αποστειλ\w{1,4}|στελν\w{1,4})[^.;\n]{0,25}?(?:φωτογραφι\w{1,3}|φωτο|selfie)/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Στείλτε φωτογραφίες και αντίγραφο διαβατηρίου στο WhatsApp.', evidence: ['Στείλτε φωτογραφίες'] }],
        pass: ['Στείλτε βιογραφικό με φωτογραφία στο hr@hotel.gr.'],
      },
    },
    ro: {
      patterns: [rx(/\b(?:trimit\w{1,4}|trimite|atasa\w{1,4})\b[^.;\n]{0,25}?\b(?:poz\w{1,3}|fotografi\w{1,3}|selfie)\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Trimiteți poze și copie după pașaport pe WhatsApp.', evidence: ['Trimiteți poze'] }],
        pass: ['Trimiteți CV cu poză la cariere@firma.ro.'],
      },
    },
    uk: {
      patterns: [rx(/(?:надсила\w{1,4}|надішл\w{1,4}|відправ\w{1,4}|скида\w{1,4}|скин\w{1,4})[^.;\n]{0,25}?(?:фото\w{0,4}|світлин\w{1,3}|селфі)/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Надсилайте фото і фото паспорта в Telegram.', evidence: ['Надсилайте фото'] }],
        pass: ['Надсилайте резюме з фото на job@firma.ua.'],
      },
    },
    ru: {
      patterns: [rx(/(?:отправ\w{1,4}|присыла\w{1,4}|пришл\w{1,4}|высыла\w{1,4}|скида\w{1,4}|скин\w{1,4})[^.;\n]{0,25}?(?:фото\w{0,4}|снимк\w{1,3}|селфи)/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Пришлите фото в полный рост в Telegram.', evidence: ['Пришлите фото'] }],
        pass: ['Присылайте резюме с фото на hr@firma.ru.'],
      },
    },
    fr: {
      patterns: [rx(/\b(?:envoy\w{1,4}|envoi\w{0,2}|joindre|joignez)\b[^.;\n]{0,25}?\b(?:\d+ |des |quelques |vos )*(?:photos?|selfies?)\b|\bphotos? en pied\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Envoyez 3 photos récentes sur WhatsApp.', evidence: ['Envoyez 3 photos'] }],
        pass: ['Envoyez votre CV avec photo à rh@hotel.fr.'],
      },
    },
    de: {
      patterns: [rx(/\b(?:schick\w{0,3}|send\w{0,3}|lade\w{0,2})\b[^.;\n]{0,25}?\b(?:\d+ |aktuelle |ein paar |deine |ihre )*(?:fotos?|bilder|selfies?)\b|\b(?:fotos?|bilder) (?:\w+ ){0,4}?(?:schicken|senden|zuschicken)\b|\bganzkorper(?:foto|bild)\w{0,2}\b/)],
      unless: [rx(CV)],
      examples: {
        flag: [{ text: 'Schick uns 3 aktuelle Fotos per WhatsApp.', evidence: ['Schick uns 3 aktuelle Fotos'] }],
        pass: ['Bitte sende deine Bewerbung mit Foto an jobs@hotel.de.'],
      },
    },
  },
});
