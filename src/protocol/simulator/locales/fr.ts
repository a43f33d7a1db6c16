// French: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Bonjour, je suis l’assistant Kefu Kit. Comment puis-je vous aider ?', welcomeCardTitle: 'Questions fréquentes', clarifyTitle: 'Vouliez-vous dire :',
    fallback: 'Désolé, je n’ai pas bien compris. Reformulez, ou envoyez « Service humain » pour parler à un conseiller.', transferring: 'Mise en relation avec un conseiller, un instant…',
    groupMenuHeader: 'Quel service souhaitez-vous joindre ?', sessionEnded: 'La conversation est terminée. Merci de nous avoir contactés.', sessionTimeout: 'Sans réponse de votre part, la conversation s’est terminée.',
    alreadyQueued: 'Nous vous mettons déjà en relation avec un conseiller. Merci de patienter.', ratingHead: 'Merci de nous avoir contactés. Comment s’est passé l’échange ?', ratingTail: 'Merci pour votre avis. Bonne journée !',
    queue: 'Vous êtes en position ${QueuePosition} dans la file, ${WaitNo} avant vous. Merci de patienter.',
    transferSucceeded: 'Vous êtes maintenant en relation avec $(StaffName).',
    transferFailed: 'Désolé, aucun conseiller n’est disponible pour le moment. Réessayez plus tard.',
    offHours: 'Nos conseillers sont disponibles du lundi au vendredi, de 9 h à 18 h. Merci de nous contacter pendant ces horaires.',
    timeoutWarning: 'Nous n’avons pas eu de réponse depuis un moment. La conversation se fermera dans ${Seconds} secondes.',
    ratingOptions: ['Très insatisfait', 'Insatisfait', 'Correct', 'Satisfait', 'Très satisfait'],
  },
  shop: {
    serviceName: 'Service client',
    welcome: 'Bonjour, je suis l’assistant de la boutique. Posez vos questions sur les commandes, la livraison, les remboursements, les factures ou votre compte.',
    questions: { 'order-status': 'Où est ma commande ?', refund: 'Comment obtenir un remboursement ?', return: 'Comment retourner un article ?', invoice: 'Comment obtenir une facture ?', help: 'Aide' },
    answers: {
      refund: 'Pour demander un remboursement :\n\n1. Ouvrez **Mes commandes** et choisissez la commande\n2. Touchez **Demander un remboursement**, choisissez un motif et validez\n\nUne fois la demande acceptée, l’argent revient sur votre moyen de paiement d’origine sous *1 à 3 jours ouvrés* (jusqu’à 7 pour une carte de crédit).',
      return: 'Vous pouvez retourner un article non utilisé dans les 7 jours suivant la livraison. Ouvrez la commande, touchez « Retourner l’article » et suivez les étapes ; nous payons le retour des articles défectueux ou abîmés.',
      help: 'Je peux vous aider pour :\n\n- **Commandes** : suivi, changement d’adresse, annulation\n- **Après-vente** : remboursements, retours, échanges, garantie\n- **Factures et paiement** : factures, moyens de paiement, problèmes de paiement\n- **Compte** : connexion, modification des informations\n\nÉcrivez simplement votre question, ou envoyez « Parler à un conseiller » pour joindre un conseiller.',
    },
    orderPrompt: 'Envoyez-nous votre numéro de commande (par exemple 20250115-0042)',
    order: {
      keywords: ['suivre ma commande', 'suivi de commande'],
      guide: 'Voici votre commande :',
      name: 'Commande {orderNo}',
      desc: 'Casque sans fil à réduction de bruit × 1',
      fields: [['Statut :', 'En cours de livraison'], ['Transporteur :', 'Colissimo 6A12345678901'], ['Livraison prévue :', 'demain avant 18 h']],
      header: 'Autre chose concernant cette commande ?',
      tail: 'Choisissez une option ou écrivez votre question',
      address: ['Changer l’adresse', 'La commande {orderNo} est expédiée ; nous demandons au transporteur de la réacheminer et vous prévenons par SMS.'],
      chase: ['Relancer le transporteur', 'Nous avons relancé le transporteur pour la commande {orderNo}.'],
      agent: 'Parler à un conseiller',
    },
    invoice: {
      keywords: ['demander une facture', 'obtenir une facture'],
      header: 'De quelle facture avez-vous besoin ?',
      electronic: ['Facture électronique', 'Par e-mail sous 1 à 2 jours ouvrés'],
      special: ['Facture avec n° de TVA', 'Vérifiée par un conseiller'],
      tip: 'Informations de facturation',
      title: ['Nom', 'Votre nom ou celui de la société'],
      taxNumber: ['Numéro de TVA', 'Obligatoire pour une société'],
      email: ['E-mail', 'Où envoyer la facture'],
      type: ['Profil', 'Particulier', 'Société'],
      done: 'Votre demande de facture est enregistrée : « {Nom} » ({Profil}). La facture électronique arrivera à {E-mail} sous 1 à 2 jours ouvrés.',
    },
    smallTalk: {
      hello: ['Bonjour', ['Salut', 'Bonsoir', 'Coucou', 'Il y a quelqu’un ?'], 'Bonjour ! Comment puis-je vous aider ?'],
      thanks: ['Merci', ['Merci beaucoup', 'Merci bien', 'Je vous remercie'], 'Avec plaisir, ravi d’avoir pu aider !'],
      bye: ['Au revoir', ['À bientôt', 'Bonne journée', 'C’est tout'], 'Au revoir et bons achats !'],
      who: ['Qui êtes-vous ?', ['Vous êtes un robot ?', 'C’est un bot ?'], 'Je suis l’assistant de la boutique, là pour répondre à vos questions.'],
    },
  },
  agent: { greeting: 'Bonjour, ici $(StaffName). Comment puis-je vous aider ?', replies: ['Merci, je vérifie cela pour vous.', 'C’est noté. Puis-je vous aider pour autre chose ?', 'J’ai bien noté. Vous pouvez terminer la conversation à tout moment avec le bouton ci-dessus.'] },
  groups: ['Avant-vente', 'Après-vente'],
}
export default pack
