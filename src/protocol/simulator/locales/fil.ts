// Filipino: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Kumusta, ako ang assistant ng Kefu Kit. Paano kita matutulungan?', welcomeCardTitle: 'Baka gusto mong itanong', clarifyTitle: 'Ito ba ang ibig mong sabihin:',
    fallback: 'Paumanhin, hindi ko naintindihan. Subukang itanong sa ibang paraan, o ipadala ang "Serbisyo ng tao" para makausap ang agent.', transferring: 'Ikinokonekta ka sa isang agent, sandali lang…',
    groupMenuHeader: 'Aling team ang gusto mong kausapin?', sessionEnded: 'Tapos na ang usapan. Salamat sa pakikipag-ugnayan.', sessionTimeout: 'Matagal kang hindi sumagot kaya tinapos na ang usapan.',
    alreadyQueued: 'Ikinokonekta ka na namin sa isang agent. Pakihintay.', ratingHead: 'Salamat sa pakikipag-ugnayan. Kumusta ang aming serbisyo?', ratingTail: 'Salamat sa iyong rating. Magandang araw!',
    queue: 'Ika-${QueuePosition} ka sa pila, may ${WaitNo} na nauuna sa iyo. Pakihintay.',
    transferSucceeded: 'Nakakonekta ka na kay $(StaffName).',
    transferFailed: 'Paumanhin, walang available na ahente ngayon. Subukang muli mamaya.',
    offHours: 'Available ang aming mga ahente Lunes hanggang Biyernes, 9:00-18:00. Makipag-ugnayan sa oras ng trabaho.',
    timeoutWarning: 'Matagal ka nang hindi sumasagot. Magsasara ang usapan sa loob ng ${Seconds} segundo.',
    ratingOptions: ['Lubhang hindi kuntento', 'Hindi kuntento', 'Katamtaman', 'Kuntento', 'Lubhang kuntento'],
  },
  shop: {
    serviceName: 'Assistant ng Shop',
    welcome: 'Kumusta, ako ang assistant ng shop. Magtanong tungkol sa order, delivery, refund, invoice o account mo.',
    questions: { 'order-status': 'Nasaan na ang order ko', refund: 'Paano humingi ng refund', return: 'Paano magbalik ng item', invoice: 'Paano kumuha ng invoice', help: 'Tulong' },
    answers: {
      refund: 'Paano humingi ng refund:\n\n1. Buksan ang **Aking mga order** at piliin ang order\n2. I-tap ang **Humingi ng refund**, pumili ng dahilan at i-submit\n\nKapag naaprubahan, ibabalik ang pera sa orihinal na paraan ng pagbabayad sa loob ng *1–3 araw ng trabaho* (hanggang 7 araw para sa credit card).',
      return: 'Maaari mong ibalik ang hindi pa nagagamit na item sa loob ng 7 araw mula nang matanggap. Buksan ang order, i-tap ang "Ibalik ang item" at sundin ang mga hakbang; kami ang magbabayad ng padala para sa sira o depektibong item.',
      help: 'Matutulungan kita sa:\n\n- **Mga order**: pag-track, pagpalit ng address, pagkansela\n- **After-sales**: refund, pagbabalik, palitan, warranty\n- **Invoice at bayad**: invoice, paraan ng pagbabayad, problema sa bayad\n- **Account**: pag-sign in, pagbago ng detalye\n\nI-type lang ang tanong mo, o ipadala ang "Kausapin ang ahente" para makausap ang ahente.',
    },
    orderPrompt: 'Pakipadala ang iyong order number (halimbawa 20250115-0042)',
    order: {
      keywords: ['i-track ang order', 'status ng order'],
      guide: 'Narito ang order mo:',
      name: 'Order {orderNo}',
      desc: 'Wireless na noise-cancelling headphones × 1',
      fields: [['Status:', 'Nasa biyahe'], ['Courier:', 'LBC 1234567890'], ['Inaasahan:', 'bukas bago mag-6 pm']],
      header: 'May iba ka pa bang kailangan sa order na ito?',
      tail: 'Pumili, o i-type ang tanong mo',
      address: ['Palitan ang address', 'Naipadala na ang order {orderNo}; hihilingin namin sa courier na ilipat ito at ite-text ka namin.'],
      chase: ['Habulin ang courier', 'Pinaalalahanan na namin ang courier tungkol sa order {orderNo}.'],
      agent: 'Kausapin ang ahente',
    },
    invoice: {
      keywords: ['humingi ng invoice', 'kumuha ng invoice'],
      header: 'Anong invoice ang kailangan mo?',
      electronic: ['E-invoice', 'Ipapadala sa email sa loob ng 1–2 araw ng trabaho'],
      special: ['Official receipt', 'Susuriin ng ahente'],
      tip: 'Detalye ng invoice',
      title: ['Pangalan', 'Pangalan mo o ng kumpanya'],
      taxNumber: ['TIN', 'Kailangan para sa kumpanya'],
      email: ['Email', 'Saan ipapadala ang e-invoice'],
      type: ['Uri', 'Indibidwal', 'Kumpanya'],
      done: 'Natanggap na ang request mo: "{Pangalan}" ({Uri}). Darating ang e-invoice sa {Email} sa loob ng 1–2 araw ng trabaho.',
    },
    smallTalk: {
      hello: ['Kumusta', ['Hello po', 'Magandang umaga', 'Hi po', 'May tao ba'], 'Kumusta! Paano kita matutulungan?'],
      thanks: ['Salamat', ['Salamat po', 'Maraming salamat', 'Salamat ha'], 'Walang anuman, masaya akong makatulong!'],
      bye: ['Paalam', ['Bye po', 'Hanggang sa muli', 'Iyon lang po'], 'Paalam, masayang pamimili!'],
      who: ['Sino ka', ['Bot ka ba', 'Robot ka ba'], 'Ako ang assistant ng shop, handang sumagot sa mga tanong mo.'],
    },
  },
  agent: { greeting: 'Kumusta, ako si $(StaffName). Paano kita matutulungan ngayon?', replies: ['Sige, titingnan ko iyan para sa iyo.', 'Naintindihan ko. May iba pa ba akong maitutulong?', 'Naitala ko na. Puwede mong tapusin ang usapan anumang oras gamit ang button sa itaas.'] },
  groups: ['Bago bumili', 'Pagkatapos bumili'],
}
export default pack
