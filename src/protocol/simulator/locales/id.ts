// Indonesian: the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: 'Halo, saya asisten Kefu Kit. Ada yang bisa saya bantu?', welcomeCardTitle: 'Mungkin Anda ingin bertanya', clarifyTitle: 'Maksud Anda:',
    fallback: 'Maaf, saya belum mengerti. Coba tanyakan dengan cara lain, atau kirim "Layanan agen" untuk bicara dengan agen.', transferring: 'Menghubungkan Anda ke agen, mohon tunggu…',
    groupMenuHeader: 'Tim mana yang ingin Anda hubungi?', sessionEnded: 'Percakapan telah berakhir. Terima kasih telah menghubungi kami.', sessionTimeout: 'Tidak ada balasan dari Anda, jadi percakapan ini berakhir.',
    alreadyQueued: 'Kami sedang menghubungkan Anda ke agen. Mohon tunggu.', ratingHead: 'Terima kasih telah menghubungi kami. Bagaimana layanan kami?', ratingTail: 'Terima kasih atas penilaian Anda. Semoga hari Anda menyenangkan!',
    queue: 'Anda di antrean nomor ${QueuePosition}, dengan ${WaitNo} orang di depan Anda. Mohon tunggu.',
    transferSucceeded: 'Anda sekarang terhubung dengan $(StaffName).',
    transferFailed: 'Maaf, belum ada agen yang tersedia. Silakan coba lagi nanti.',
    offHours: 'Agen kami bertugas Senin–Jumat, 09.00–18.00. Silakan hubungi kami pada jam kerja.',
    timeoutWarning: 'Sudah lama tidak ada balasan dari Anda. Percakapan akan ditutup dalam ${Seconds} detik.',
    ratingOptions: ['Sangat tidak puas', 'Tidak puas', 'Biasa', 'Puas', 'Sangat puas'],
  },
  shop: {
    serviceName: 'Asisten Toko',
    welcome: 'Halo, saya asisten toko. Tanyakan soal pesanan, pengiriman, pengembalian dana, faktur, atau akun Anda.',
    questions: { 'order-status': 'Di mana pesanan saya', refund: 'Bagaimana cara meminta pengembalian dana', return: 'Bagaimana cara mengembalikan barang', invoice: 'Bagaimana cara mendapatkan faktur', help: 'Bantuan' },
    answers: {
      refund: 'Cara meminta pengembalian dana:\n\n1. Buka **Pesanan saya** dan pilih pesanannya\n2. Ketuk **Minta pengembalian dana**, pilih alasan, lalu kirim\n\nSetelah disetujui, dana kembali ke metode pembayaran awal dalam *1–3 hari kerja* (kartu kredit bisa sampai 7 hari).',
      return: 'Barang yang belum dipakai dapat dikembalikan dalam 7 hari setelah diterima. Buka pesanan, ketuk "Kembalikan barang" dan ikuti langkahnya; kami menanggung ongkos kirim balik untuk barang cacat atau rusak.',
      help: 'Saya bisa membantu soal:\n\n- **Pesanan**: pelacakan, ganti alamat, pembatalan\n- **Purnajual**: pengembalian dana, retur, penukaran, garansi\n- **Faktur dan pembayaran**: faktur, metode pembayaran, masalah pembayaran\n- **Akun**: masuk, ubah data\n\nKetik saja pertanyaan Anda, atau kirim "Layanan agen" untuk bicara dengan agen.',
    },
    orderPrompt: 'Silakan kirim nomor pesanan Anda (misalnya 20250115-0042)',
    order: {
      keywords: ['lacak pesanan', 'status pesanan'],
      guide: 'Ini pesanan Anda:',
      name: 'Pesanan {orderNo}',
      desc: 'Headphone nirkabel peredam bising × 1',
      fields: [['Status:', 'Dalam pengiriman'], ['Kurir:', 'JNE JNE1234567890'], ['Perkiraan:', 'besok sebelum 18.00']],
      header: 'Ada lagi yang bisa dibantu untuk pesanan ini?',
      tail: 'Pilih salah satu, atau ketik pertanyaan Anda',
      address: ['Ganti alamat', 'Pesanan {orderNo} sudah dikirim; kami akan minta kurir mengalihkannya dan mengabari Anda lewat SMS.'],
      chase: ['Minta kurir percepat', 'Kami sudah meminta kurir mempercepat pesanan {orderNo}.'],
      agent: 'Bicara dengan agen',
    },
    invoice: {
      keywords: ['minta faktur', 'buat faktur'],
      header: 'Faktur apa yang Anda perlukan?',
      electronic: ['Faktur elektronik', 'Dikirim via email dalam 1–2 hari kerja'],
      special: ['Faktur pajak', 'Diperiksa oleh agen'],
      tip: 'Data faktur',
      title: ['Nama', 'Nama Anda atau nama perusahaan'],
      taxNumber: ['NPWP', 'Wajib untuk faktur perusahaan'],
      email: ['Email', 'Alamat untuk faktur elektronik'],
      type: ['Jenis', 'Pribadi', 'Perusahaan'],
      done: 'Permintaan faktur diterima: "{Nama}" ({Jenis}). Faktur elektronik dikirim ke {Email} dalam 1–2 hari kerja.',
    },
    smallTalk: {
      hello: ['Halo', ['Hai', 'Selamat pagi', 'Permisi', 'Ada orang'], 'Halo! Ada yang bisa saya bantu?'],
      thanks: ['Terima kasih', ['Makasih', 'Terima kasih banyak', 'Thx'], 'Sama-sama, senang bisa membantu!'],
      bye: ['Sampai jumpa', ['Dadah', 'Sudah cukup', 'Itu saja'], 'Sampai jumpa, selamat berbelanja!'],
      who: ['Kamu siapa', ['Apakah kamu bot', 'Kamu robot'], 'Saya asisten toko, siap menjawab pertanyaan Anda.'],
    },
  },
  agent: { greeting: 'Halo, saya $(StaffName). Ada yang bisa saya bantu?', replies: ['Baik, saya cek dulu ya.', 'Baik, saya mengerti. Ada lagi yang bisa dibantu?', 'Sudah saya catat. Anda bisa mengakhiri percakapan kapan saja lewat tombol di atas.'] },
  groups: ['Pra-penjualan', 'Purnajual'],
}
export default pack
