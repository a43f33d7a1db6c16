// German: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Hallo, ich bin der Kefu-Kit-Assistent. Wie kann ich helfen?', welcomeCardTitle: 'Häufige Fragen', clarifyTitle: 'Meinten Sie:',
    fallback: 'Das habe ich leider nicht verstanden. Fragen Sie anders oder senden Sie „Persönlicher Service“, um mit einem Mitarbeiter zu sprechen.', transferring: 'Sie werden mit einem Mitarbeiter verbunden, einen Moment…',
    groupMenuHeader: 'Mit welchem Team möchten Sie sprechen?', sessionEnded: 'Die Unterhaltung ist beendet. Danke für Ihre Anfrage.', sessionTimeout: 'Wir haben länger nichts von Ihnen gehört, daher wurde die Unterhaltung beendet.',
    alreadyQueued: 'Wir verbinden Sie bereits mit einem Mitarbeiter. Bitte warten Sie.', ratingHead: 'Danke für Ihre Anfrage. Wie war unser Service?', ratingTail: 'Danke für Ihre Bewertung. Einen schönen Tag!',
    queue: 'Sie sind Nummer ${QueuePosition} in der Warteschlange, ${WaitNo} vor Ihnen. Bitte warten Sie.',
    transferSucceeded: 'Sie sind jetzt mit $(StaffName) verbunden.',
    transferFailed: 'Leider ist gerade kein Mitarbeiter frei. Bitte versuchen Sie es später noch einmal.',
    offHours: 'Unsere Mitarbeiter sind montags bis freitags von 9:00 bis 18:00 Uhr erreichbar. Bitte melden Sie sich in dieser Zeit.',
    timeoutWarning: 'Wir haben länger nichts von Ihnen gehört. Die Unterhaltung endet in ${Seconds} Sekunden.',
    ratingOptions: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
  },
  shop: {
    serviceName: 'Shop-Assistent',
    welcome: 'Hallo, ich bin der Assistent des Shops. Fragen Sie mich zu Bestellungen, Versand, Rückerstattungen, Rechnungen oder Ihrem Konto.',
    questions: { 'order-status': 'Wo ist meine Bestellung?', refund: 'Wie bekomme ich eine Rückerstattung?', return: 'Wie sende ich einen Artikel zurück?', invoice: 'Wie bekomme ich eine Rechnung?', help: 'Hilfe' },
    answers: {
      refund: 'So beantragen Sie eine Rückerstattung:\n\n1. Öffnen Sie **Meine Bestellungen** und wählen Sie die Bestellung\n2. Tippen Sie auf **Rückerstattung beantragen**, wählen Sie einen Grund und senden Sie ab\n\nNach der Freigabe erhalten Sie das Geld innerhalb von *1–3 Werktagen* auf Ihr ursprüngliches Zahlungsmittel zurück (bei Kreditkarten bis zu 7).',
      return: 'Unbenutzte Artikel können Sie innerhalb von 7 Tagen nach Lieferung zurücksenden. Öffnen Sie die Bestellung, tippen Sie auf „Artikel zurücksenden“ und folgen Sie den Schritten; bei defekten oder beschädigten Artikeln übernehmen wir das Rückporto.',
      help: 'Ich helfe Ihnen bei:\n\n- **Bestellungen**: Sendungsverfolgung, Adressänderung, Stornierung\n- **Kundendienst**: Rückerstattung, Rücksendung, Umtausch, Garantie\n- **Rechnungen und Zahlung**: Rechnungen, Zahlungsarten, Zahlungsprobleme\n- **Konto**: Anmeldung, Daten ändern\n\nSchreiben Sie einfach Ihre Frage, oder senden Sie „Mitarbeiter sprechen“, um mit einem Mitarbeiter zu chatten.',
    },
    orderPrompt: 'Bitte senden Sie uns Ihre Bestellnummer (zum Beispiel 20250115-0042)',
    order: {
      keywords: ['Bestellung verfolgen', 'Bestellstatus'],
      guide: 'Hier ist Ihre Bestellung:',
      name: 'Bestellung {orderNo}',
      desc: 'Kabellose Kopfhörer mit Geräuschunterdrückung × 1',
      fields: [['Status:', 'Unterwegs'], ['Versand:', 'DHL 00340434161234567890'], ['Voraussichtlich:', 'morgen bis 18 Uhr']],
      header: 'Noch etwas zu dieser Bestellung?',
      tail: 'Wählen Sie aus oder schreiben Sie Ihre Frage',
      address: ['Adresse ändern', 'Bestellung {orderNo} ist unterwegs; wir bitten den Versanddienst um Umleitung und informieren Sie per SMS.'],
      chase: ['Beim Versand nachhaken', 'Wir haben beim Versanddienst für Bestellung {orderNo} nachgehakt.'],
      agent: 'Mit Mitarbeiter sprechen',
    },
    invoice: {
      keywords: ['Rechnung anfordern', 'Rechnung beantragen'],
      header: 'Welche Rechnung brauchen Sie?',
      electronic: ['E-Rechnung', 'Per E-Mail in 1–2 Werktagen'],
      special: ['Rechnung mit USt-IdNr.', 'Prüft ein Mitarbeiter'],
      tip: 'Rechnungsdaten',
      title: ['Name', 'Ihr Name oder der Firmenname'],
      taxNumber: ['Steuernummer', 'Für Firmenrechnungen nötig'],
      email: ['E-Mail', 'Wohin die E-Rechnung geht'],
      type: ['Art', 'Privat', 'Firma'],
      done: 'Ihre Rechnungsanfrage ist eingegangen: „{Name}“ ({Art}). Die E-Rechnung kommt innerhalb von 1–2 Werktagen an {E-Mail}.',
    },
    smallTalk: {
      hello: ['Hallo', ['Guten Tag', 'Guten Morgen', 'Servus', 'Ist da jemand?'], 'Hallo! Wie kann ich Ihnen helfen?'],
      thanks: ['Danke', ['Vielen Dank', 'Danke schön', 'Dankeschön'], 'Gern geschehen, freut mich, dass ich helfen konnte!'],
      bye: ['Tschüss', ['Auf Wiedersehen', 'Bis bald', 'Das war alles'], 'Auf Wiedersehen und viel Spaß beim Einkaufen!'],
      who: ['Wer bist du?', ['Bist du ein Bot?', 'Sind Sie ein Roboter?'], 'Ich bin der Assistent des Shops und beantworte gern Ihre Fragen.'],
    },
  },
  agent: { greeting: 'Hallo, hier ist $(StaffName). Wie kann ich Ihnen helfen?', replies: ['Danke, ich sehe kurz nach.', 'Verstanden. Kann ich sonst noch helfen?', 'Ich habe es notiert. Sie können die Unterhaltung jederzeit mit der Schaltfläche oben beenden.'] },
  groups: ['Vor dem Kauf', 'Nach dem Kauf'],
}
export default pack
