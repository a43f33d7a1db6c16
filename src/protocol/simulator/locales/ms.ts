// Malay: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Hai, saya pembantu Kefu Kit. Apa yang boleh saya bantu?', welcomeCardTitle: 'Mungkin anda ingin bertanya', clarifyTitle: 'Adakah maksud anda:',
    fallback: 'Maaf, saya kurang faham. Cuba tanya dengan cara lain, atau hantar "Khidmat ejen" untuk bercakap dengan ejen.', transferring: 'Menyambungkan anda kepada ejen, sila tunggu…',
    groupMenuHeader: 'Pasukan mana yang anda mahu hubungi?', sessionEnded: 'Perbualan telah tamat. Terima kasih kerana menghubungi kami.', sessionTimeout: 'Tiada balasan daripada anda, jadi perbualan ini telah tamat.',
    alreadyQueued: 'Kami sedang menyambungkan anda kepada ejen. Sila tunggu.', ratingHead: 'Terima kasih kerana menghubungi kami. Bagaimana perkhidmatan kami?', ratingTail: 'Terima kasih atas penilaian anda. Semoga hari anda ceria!',
    queue: 'Anda nombor ${QueuePosition} dalam giliran, dengan ${WaitNo} orang di hadapan anda. Sila tunggu.',
    transferSucceeded: 'Anda kini disambungkan kepada $(StaffName).',
    transferFailed: 'Maaf, tiada ejen yang tersedia sekarang. Sila cuba sebentar lagi.',
    offHours: 'Ejen kami bertugas Isnin hingga Jumaat, 9:00-18:00. Sila hubungi kami dalam waktu bekerja.',
    timeoutWarning: 'Kami tidak menerima balasan anda untuk seketika. Perbualan ini akan ditutup dalam ${Seconds} saat.',
    ratingOptions: ['Sangat tidak berpuas hati', 'Tidak berpuas hati', 'Biasa', 'Berpuas hati', 'Sangat berpuas hati'],
  },
  shop: {
    serviceName: 'Pembantu Kedai',
    welcome: 'Hai, saya pembantu kedai. Tanya tentang pesanan, penghantaran, bayaran balik, invois atau akaun anda.',
    questions: { 'order-status': 'Di mana pesanan saya', refund: 'Bagaimana untuk mendapatkan bayaran balik', return: 'Bagaimana untuk memulangkan barang', invoice: 'Bagaimana untuk mendapatkan invois', help: 'Bantuan' },
    answers: {
      refund: 'Cara memohon bayaran balik:\n\n1. Buka **Pesanan saya** dan pilih pesanan itu\n2. Ketik **Mohon bayaran balik**, pilih sebab dan hantar\n\nSelepas diluluskan, wang dipulangkan ke kaedah pembayaran asal dalam *1–3 hari bekerja* (kad kredit mungkin sehingga 7 hari).',
      return: 'Barang yang belum digunakan boleh dipulangkan dalam 7 hari selepas diterima. Buka pesanan, ketik "Pulangkan barang" dan ikut langkahnya; kami tanggung kos pos pemulangan untuk barang rosak atau cacat.',
      help: 'Saya boleh bantu tentang:\n\n- **Pesanan**: penjejakan, tukar alamat, pembatalan\n- **Selepas jualan**: bayaran balik, pemulangan, penukaran, waranti\n- **Invois dan pembayaran**: invois, kaedah pembayaran, masalah pembayaran\n- **Akaun**: log masuk, tukar maklumat\n\nTaip sahaja soalan anda, atau hantar "Khidmat ejen" untuk bercakap dengan ejen.',
    },
    orderPrompt: 'Sila hantar nombor pesanan anda (contohnya 20250115-0042)',
    order: {
      keywords: ['jejak pesanan', 'status pesanan'],
      guide: 'Ini pesanan anda:',
      name: 'Pesanan {orderNo}',
      desc: 'Fon kepala wayarles pembatal bunyi × 1',
      fields: [['Status:', 'Dalam penghantaran'], ['Kurier:', 'Pos Laju EP1234567890MY'], ['Dijangka:', 'esok sebelum 6 petang']],
      header: 'Ada lagi yang boleh dibantu tentang pesanan ini?',
      tail: 'Pilih satu, atau taip soalan anda',
      address: ['Tukar alamat', 'Pesanan {orderNo} sudah dihantar; kami akan minta kurier menghalakannya semula dan maklumkan anda melalui SMS.'],
      chase: ['Desak kurier', 'Kami telah meminta kurier mempercepat pesanan {orderNo}.'],
      agent: 'Bercakap dengan ejen',
    },
    invoice: {
      keywords: ['mohon invois', 'minta invois'],
      header: 'Invois jenis apa yang anda perlukan?',
      electronic: ['E-invois', 'Dihantar melalui e-mel dalam 1–2 hari bekerja'],
      special: ['Invois cukai', 'Disemak oleh ejen'],
      tip: 'Maklumat invois',
      title: ['Nama', 'Nama anda atau nama syarikat'],
      taxNumber: ['Nombor cukai', 'Wajib untuk invois syarikat'],
      email: ['Emel', 'Alamat untuk e-invois'],
      type: ['Jenis', 'Peribadi', 'Syarikat'],
      done: 'Permohonan invois diterima: "{Nama}" ({Jenis}). E-invois akan dihantar ke {Emel} dalam 1–2 hari bekerja.',
    },
    smallTalk: {
      hello: ['Helo', ['Hai', 'Selamat pagi', 'Assalamualaikum', 'Ada sesiapa'], 'Helo! Apa yang boleh saya bantu?'],
      thanks: ['Terima kasih', ['Terima kasih banyak', 'Tq', 'Ribuan terima kasih'], 'Sama-sama, gembira dapat membantu!'],
      bye: ['Selamat tinggal', ['Bye', 'Jumpa lagi', 'Itu sahaja'], 'Selamat tinggal, selamat membeli-belah!'],
      who: ['Siapa awak', ['Adakah awak bot', 'Awak robot ke'], 'Saya pembantu kedai, sedia menjawab soalan anda.'],
    },
  },
  agent: { greeting: 'Helo, saya $(StaffName). Apa yang boleh saya bantu hari ini?', replies: ['Baik, saya semak sebentar.', 'Faham. Ada apa-apa lagi yang boleh saya bantu?', 'Saya sudah catat. Anda boleh tamatkan perbualan bila-bila masa dengan butang di atas.'] },
  groups: ['Pra-jualan', 'Selepas jualan'],
}
export default pack
