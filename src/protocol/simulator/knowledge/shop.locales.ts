// The shop knowledge base's demo-visible texts in the kit's other 13 languages: the questions the
// welcome card offers (the featured entries) and their answers, plus the order flow's first
// prompt. The zh and en libraries (shop.ts) stay the full ones; for another kit locale,
// shopKnowledgeBase(locale) swaps these in for the featured entries of the simulator language the
// playground runs (zh-CN for zh-TW, en for the rest), keeping the original question as a variant.
//
// Written for a shop's customer service: polite, short, the same facts as the English answers.

/** The featured shop intents, in welcome-card order. */
export const FEATURED_SHOP_INTENTS = ['order-status', 'refund', 'return', 'invoice', 'help'] as const
export type FeaturedShopIntent = (typeof FEATURED_SHOP_INTENTS)[number]

export interface ShopLocaleTexts {
  /** the welcome-card questions, one per featured intent */
  questions: Record<FeaturedShopIntent, string>
  /** the answers (markdown for refund and help); order-status answers with the order flow */
  answers: Record<Exclude<FeaturedShopIntent, 'order-status'>, string>
  /** the order flow's first step: asks for the order number */
  orderPrompt: string
}

export const SHOP_LOCALE_TEXTS: Record<string, ShopLocaleTexts> = {
  'zh-TW': {
    questions: { 'order-status': '查詢訂單物流', refund: '如何申請退款', return: '如何退貨', invoice: '如何開發票', help: '幫助' },
    answers: {
      refund: '申請退款：\n\n1. 開啟 **我的訂單**，找到該訂單\n2. 點選 **申請退款**，選擇原因並送出\n\n審核通過後，款項將於 *1–3 個工作天* 原路退回（信用卡可能需要 7 個工作天）。',
      return: '簽收後 7 天內可無理由退貨（商品完好、不影響二次銷售）。在訂單詳情點選「申請退貨」，依提示寄回即可；品質問題的退貨運費由我們負擔。',
      invoice: '在訂單詳情點選「申請發票」，填寫抬頭和統一編號即可。電子發票將於 1–2 個工作天內寄到您的信箱。',
      help: '我可以幫您：\n\n- **查訂單**：物流進度、修改地址、取消訂單\n- **售後**：退款、退貨、換貨、保固\n- **發票與付款**：開立發票、付款方式、付款問題\n- **帳號**：登入、修改資料\n\n直接輸入問題即可，或傳送「轉人工」聯絡真人客服。',
    },
    orderPrompt: '請輸入您的訂單編號（例如 20250115-0042）',
  },
  ja: {
    questions: { 'order-status': '注文の配送状況を確認したい', refund: '返金の申請方法', return: '返品の方法', invoice: '領収書の発行方法', help: 'ヘルプ' },
    answers: {
      refund: '返金の申請方法：\n\n1. **注文履歴** を開き、該当の注文を選びます\n2. **返金を申請** をタップし、理由を選んで送信します\n\n承認後、*1〜3 営業日* 以内に元のお支払い方法へ返金されます（クレジットカードは最大 7 営業日）。',
      return: '未使用の商品はお届けから 7 日以内であれば返品いただけます。注文を開いて「返品する」をタップし、案内に沿ってご返送ください。不良品・破損品の返送料は当店が負担します。',
      invoice: '注文を開いて「領収書を申請」をタップし、宛名と登録番号を入力してください。電子領収書は 1〜2 営業日以内にメールでお届けします。',
      help: '次のようなご用件を承ります：\n\n- **ご注文**：配送状況、お届け先の変更、キャンセル\n- **アフターサービス**：返金、返品、交換、保証\n- **領収書・お支払い**：領収書、支払い方法、支払いのトラブル\n- **アカウント**：ログイン、登録情報の変更\n\nご質問をそのまま入力してください。担当者と話すには「有人対応」と送信してください。',
    },
    orderPrompt: '注文番号を送信してください（例：20250115-0042）',
  },
  ko: {
    questions: { 'order-status': '주문 배송 조회', refund: '환불 신청 방법', return: '반품 방법', invoice: '영수증 발급 방법', help: '도움말' },
    answers: {
      refund: '환불 신청 방법:\n\n1. **주문 내역**에서 해당 주문을 찾습니다\n2. **환불 신청**을 누르고 사유를 선택해 제출합니다\n\n승인되면 *영업일 기준 1–3일* 안에 원래 결제 수단으로 환불됩니다(신용카드는 최대 7일).',
      return: '사용하지 않은 상품은 수령 후 7일 이내에 반품할 수 있습니다. 주문에서 "반품 신청"을 누르고 안내에 따라 보내 주세요. 불량·파손 상품의 반품 배송비는 저희가 부담합니다.',
      invoice: '주문에서 "영수증 신청"을 누르고 이름과 사업자등록번호를 입력하세요. 전자 영수증은 영업일 기준 1–2일 안에 이메일로 발송됩니다.',
      help: '다음 문의를 도와드립니다:\n\n- **주문**: 배송 조회, 주소 변경, 주문 취소\n- **사후 서비스**: 환불, 반품, 교환, 보증\n- **영수증 및 결제**: 영수증, 결제 수단, 결제 문제\n- **계정**: 로그인, 정보 변경\n\n질문을 입력하시거나 "상담원 연결"을 보내 상담원과 대화하세요.',
    },
    orderPrompt: '주문 번호를 보내 주세요 (예: 20250115-0042)',
  },
  vi: {
    questions: { 'order-status': 'Đơn hàng của tôi đang ở đâu', refund: 'Làm sao để được hoàn tiền', return: 'Làm sao để trả hàng', invoice: 'Làm sao để lấy hóa đơn', help: 'Trợ giúp' },
    answers: {
      refund: 'Cách yêu cầu hoàn tiền:\n\n1. Mở **Đơn hàng của tôi** và chọn đơn hàng\n2. Nhấn **Yêu cầu hoàn tiền**, chọn lý do và gửi\n\nSau khi được duyệt, tiền sẽ về phương thức thanh toán ban đầu trong *1–3 ngày làm việc* (thẻ tín dụng có thể mất đến 7 ngày).',
      return: 'Bạn có thể trả sản phẩm chưa sử dụng trong vòng 7 ngày kể từ khi nhận hàng. Mở đơn hàng, nhấn "Trả hàng" và làm theo hướng dẫn; chúng tôi chịu phí gửi trả cho hàng lỗi hoặc hư hỏng.',
      invoice: 'Mở đơn hàng, nhấn "Yêu cầu hóa đơn" rồi nhập tên và mã số thuế. Hóa đơn điện tử sẽ được gửi đến email của bạn trong 1–2 ngày làm việc.',
      help: 'Tôi có thể giúp bạn:\n\n- **Đơn hàng**: theo dõi, đổi địa chỉ, hủy đơn\n- **Hậu mãi**: hoàn tiền, trả hàng, đổi hàng, bảo hành\n- **Hóa đơn và thanh toán**: hóa đơn, phương thức thanh toán, sự cố thanh toán\n- **Tài khoản**: đăng nhập, đổi thông tin\n\nHãy nhập câu hỏi của bạn, hoặc gửi "Gặp nhân viên" để nói chuyện với nhân viên.',
    },
    orderPrompt: 'Vui lòng gửi mã đơn hàng của bạn (ví dụ 20250115-0042)',
  },
  th: {
    questions: { 'order-status': 'ติดตามสถานะคำสั่งซื้อ', refund: 'ขอคืนเงินอย่างไร', return: 'คืนสินค้าอย่างไร', invoice: 'ขอใบกำกับภาษีอย่างไร', help: 'ความช่วยเหลือ' },
    answers: {
      refund: 'วิธีขอคืนเงิน:\n\n1. เปิด **คำสั่งซื้อของฉัน** แล้วเลือกคำสั่งซื้อ\n2. แตะ **ขอคืนเงิน** เลือกเหตุผลแล้วส่ง\n\nเมื่ออนุมัติแล้ว เงินจะคืนเข้าช่องทางชำระเงินเดิมภายใน *1–3 วันทำการ* (บัตรเครดิตอาจใช้เวลาถึง 7 วัน)',
      return: 'คุณคืนสินค้าที่ยังไม่ได้ใช้ได้ภายใน 7 วันหลังได้รับสินค้า เปิดคำสั่งซื้อ แตะ "คืนสินค้า" แล้วทำตามขั้นตอน เราออกค่าส่งคืนให้สำหรับสินค้าชำรุดหรือเสียหาย',
      invoice: 'เปิดคำสั่งซื้อ แตะ "ขอใบกำกับภาษี" แล้วกรอกชื่อและเลขประจำตัวผู้เสียภาษี ใบกำกับภาษีอิเล็กทรอนิกส์จะส่งถึงอีเมลของคุณภายใน 1–2 วันทำการ',
      help: 'เราช่วยคุณได้เรื่อง:\n\n- **คำสั่งซื้อ**: ติดตามพัสดุ เปลี่ยนที่อยู่ ยกเลิกคำสั่งซื้อ\n- **บริการหลังการขาย**: คืนเงิน คืนสินค้า เปลี่ยนสินค้า การรับประกัน\n- **ใบกำกับภาษีและการชำระเงิน**: ใบกำกับภาษี ช่องทางชำระเงิน ปัญหาการชำระเงิน\n- **บัญชี**: เข้าสู่ระบบ แก้ไขข้อมูล\n\nพิมพ์คำถามได้เลย หรือส่ง "ติดต่อเจ้าหน้าที่" เพื่อคุยกับเจ้าหน้าที่',
    },
    orderPrompt: 'กรุณาส่งหมายเลขคำสั่งซื้อของคุณ (เช่น 20250115-0042)',
  },
  id: {
    questions: { 'order-status': 'Di mana pesanan saya', refund: 'Bagaimana cara meminta pengembalian dana', return: 'Bagaimana cara mengembalikan barang', invoice: 'Bagaimana cara mendapatkan faktur', help: 'Bantuan' },
    answers: {
      refund: 'Cara meminta pengembalian dana:\n\n1. Buka **Pesanan saya** dan pilih pesanannya\n2. Ketuk **Minta pengembalian dana**, pilih alasan, lalu kirim\n\nSetelah disetujui, dana kembali ke metode pembayaran awal dalam *1–3 hari kerja* (kartu kredit bisa sampai 7 hari).',
      return: 'Barang yang belum dipakai dapat dikembalikan dalam 7 hari setelah diterima. Buka pesanan, ketuk "Kembalikan barang" dan ikuti langkahnya; kami menanggung ongkos kirim balik untuk barang cacat atau rusak.',
      invoice: 'Buka pesanan dan ketuk "Minta faktur", lalu isi nama dan NPWP. Faktur elektronik dikirim ke email Anda dalam 1–2 hari kerja.',
      help: 'Saya bisa membantu soal:\n\n- **Pesanan**: pelacakan, ganti alamat, pembatalan\n- **Purnajual**: pengembalian dana, retur, penukaran, garansi\n- **Faktur dan pembayaran**: faktur, metode pembayaran, masalah pembayaran\n- **Akun**: masuk, ubah data\n\nKetik saja pertanyaan Anda, atau kirim "Layanan agen" untuk bicara dengan agen.',
    },
    orderPrompt: 'Silakan kirim nomor pesanan Anda (misalnya 20250115-0042)',
  },
  ms: {
    questions: { 'order-status': 'Di mana pesanan saya', refund: 'Bagaimana untuk mendapatkan bayaran balik', return: 'Bagaimana untuk memulangkan barang', invoice: 'Bagaimana untuk mendapatkan invois', help: 'Bantuan' },
    answers: {
      refund: 'Cara memohon bayaran balik:\n\n1. Buka **Pesanan saya** dan pilih pesanan itu\n2. Ketik **Mohon bayaran balik**, pilih sebab dan hantar\n\nSelepas diluluskan, wang dipulangkan ke kaedah pembayaran asal dalam *1–3 hari bekerja* (kad kredit mungkin sehingga 7 hari).',
      return: 'Barang yang belum digunakan boleh dipulangkan dalam 7 hari selepas diterima. Buka pesanan, ketik "Pulangkan barang" dan ikut langkahnya; kami tanggung kos pos pemulangan untuk barang rosak atau cacat.',
      invoice: 'Buka pesanan dan ketik "Mohon invois", kemudian isi nama dan nombor cukai. E-invois dihantar ke e-mel anda dalam 1–2 hari bekerja.',
      help: 'Saya boleh bantu tentang:\n\n- **Pesanan**: penjejakan, tukar alamat, pembatalan\n- **Selepas jualan**: bayaran balik, pemulangan, penukaran, waranti\n- **Invois dan pembayaran**: invois, kaedah pembayaran, masalah pembayaran\n- **Akaun**: log masuk, tukar maklumat\n\nTaip sahaja soalan anda, atau hantar "Khidmat ejen" untuk bercakap dengan ejen.',
    },
    orderPrompt: 'Sila hantar nombor pesanan anda (contohnya 20250115-0042)',
  },
  fil: {
    questions: { 'order-status': 'Nasaan na ang order ko', refund: 'Paano humingi ng refund', return: 'Paano magbalik ng item', invoice: 'Paano kumuha ng invoice', help: 'Tulong' },
    answers: {
      refund: 'Paano humingi ng refund:\n\n1. Buksan ang **Aking mga order** at piliin ang order\n2. I-tap ang **Humingi ng refund**, pumili ng dahilan at i-submit\n\nKapag naaprubahan, ibabalik ang pera sa orihinal na paraan ng pagbabayad sa loob ng *1–3 araw ng trabaho* (hanggang 7 araw para sa credit card).',
      return: 'Maaari mong ibalik ang hindi pa nagagamit na item sa loob ng 7 araw mula nang matanggap. Buksan ang order, i-tap ang "Ibalik ang item" at sundin ang mga hakbang; kami ang magbabayad ng padala para sa sira o depektibong item.',
      invoice: 'Buksan ang order at i-tap ang "Humingi ng invoice", saka ilagay ang pangalan at TIN. Darating sa iyong email ang e-invoice sa loob ng 1–2 araw ng trabaho.',
      help: 'Matutulungan kita sa:\n\n- **Mga order**: pag-track, pagpalit ng address, pagkansela\n- **After-sales**: refund, pagbabalik, palitan, warranty\n- **Invoice at bayad**: invoice, paraan ng pagbabayad, problema sa bayad\n- **Account**: pag-sign in, pagbago ng detalye\n\nI-type lang ang tanong mo, o ipadala ang "Kausapin ang ahente" para makausap ang ahente.',
    },
    orderPrompt: 'Pakipadala ang iyong order number (halimbawa 20250115-0042)',
  },
  es: {
    questions: { 'order-status': '¿Dónde está mi pedido?', refund: '¿Cómo solicito un reembolso?', return: '¿Cómo devuelvo un artículo?', invoice: '¿Cómo obtengo una factura?', help: 'Ayuda' },
    answers: {
      refund: 'Para solicitar un reembolso:\n\n1. Abre **Mis pedidos** y busca el pedido\n2. Pulsa **Solicitar reembolso**, elige un motivo y envía\n\nUna vez aprobado, el dinero vuelve a tu método de pago original en *1–3 días hábiles* (las tarjetas de crédito pueden tardar hasta 7).',
      return: 'Puedes devolver artículos sin usar en los 7 días siguientes a la entrega. Abre el pedido, pulsa "Devolver artículo" y sigue los pasos; pagamos el envío de devolución de los artículos defectuosos o dañados.',
      invoice: 'Abre el pedido y pulsa "Solicitar factura", luego introduce el nombre y el NIF. La factura electrónica llega a tu correo en 1–2 días hábiles.',
      help: 'Puedo ayudarte con:\n\n- **Pedidos**: seguimiento, cambio de dirección, cancelación\n- **Posventa**: reembolsos, devoluciones, cambios, garantía\n- **Facturas y pagos**: facturas, métodos de pago, problemas de pago\n- **Cuenta**: inicio de sesión, cambio de datos\n\nEscribe tu pregunta o envía "Hablar con un agente" para hablar con una persona.',
    },
    orderPrompt: 'Envíanos tu número de pedido (por ejemplo 20250115-0042)',
  },
  fr: {
    questions: { 'order-status': 'Où est ma commande ?', refund: 'Comment obtenir un remboursement ?', return: 'Comment retourner un article ?', invoice: 'Comment obtenir une facture ?', help: 'Aide' },
    answers: {
      refund: 'Pour demander un remboursement :\n\n1. Ouvrez **Mes commandes** et choisissez la commande\n2. Touchez **Demander un remboursement**, choisissez un motif et validez\n\nUne fois la demande acceptée, l’argent revient sur votre moyen de paiement d’origine sous *1 à 3 jours ouvrés* (jusqu’à 7 pour une carte de crédit).',
      return: 'Vous pouvez retourner un article non utilisé dans les 7 jours suivant la livraison. Ouvrez la commande, touchez « Retourner l’article » et suivez les étapes ; nous payons le retour des articles défectueux ou abîmés.',
      invoice: 'Ouvrez la commande et touchez « Demander une facture », puis saisissez le nom et le numéro de TVA. La facture électronique arrive dans votre boîte mail sous 1 à 2 jours ouvrés.',
      help: 'Je peux vous aider pour :\n\n- **Commandes** : suivi, changement d’adresse, annulation\n- **Après-vente** : remboursements, retours, échanges, garantie\n- **Factures et paiement** : factures, moyens de paiement, problèmes de paiement\n- **Compte** : connexion, modification des informations\n\nÉcrivez simplement votre question, ou envoyez « Parler à un conseiller » pour joindre un conseiller.',
    },
    orderPrompt: 'Envoyez-nous votre numéro de commande (par exemple 20250115-0042)',
  },
  de: {
    questions: { 'order-status': 'Wo ist meine Bestellung?', refund: 'Wie bekomme ich eine Rückerstattung?', return: 'Wie sende ich einen Artikel zurück?', invoice: 'Wie bekomme ich eine Rechnung?', help: 'Hilfe' },
    answers: {
      refund: 'So beantragen Sie eine Rückerstattung:\n\n1. Öffnen Sie **Meine Bestellungen** und wählen Sie die Bestellung\n2. Tippen Sie auf **Rückerstattung beantragen**, wählen Sie einen Grund und senden Sie ab\n\nNach der Freigabe erhalten Sie das Geld innerhalb von *1–3 Werktagen* auf Ihr ursprüngliches Zahlungsmittel zurück (bei Kreditkarten bis zu 7).',
      return: 'Unbenutzte Artikel können Sie innerhalb von 7 Tagen nach Lieferung zurücksenden. Öffnen Sie die Bestellung, tippen Sie auf „Artikel zurücksenden“ und folgen Sie den Schritten; bei defekten oder beschädigten Artikeln übernehmen wir das Rückporto.',
      invoice: 'Öffnen Sie die Bestellung, tippen Sie auf „Rechnung anfordern“ und geben Sie Name und USt-IdNr. ein. Die E-Rechnung kommt innerhalb von 1–2 Werktagen per E-Mail.',
      help: 'Ich helfe Ihnen bei:\n\n- **Bestellungen**: Sendungsverfolgung, Adressänderung, Stornierung\n- **Kundendienst**: Rückerstattung, Rücksendung, Umtausch, Garantie\n- **Rechnungen und Zahlung**: Rechnungen, Zahlungsarten, Zahlungsprobleme\n- **Konto**: Anmeldung, Daten ändern\n\nSchreiben Sie einfach Ihre Frage, oder senden Sie „Mitarbeiter sprechen“, um mit einem Mitarbeiter zu chatten.',
    },
    orderPrompt: 'Bitte senden Sie uns Ihre Bestellnummer (zum Beispiel 20250115-0042)',
  },
  'pt-BR': {
    questions: { 'order-status': 'Onde está meu pedido?', refund: 'Como peço um reembolso?', return: 'Como devolvo um produto?', invoice: 'Como obtenho a nota fiscal?', help: 'Ajuda' },
    answers: {
      refund: 'Para pedir um reembolso:\n\n1. Abra **Meus pedidos** e encontre o pedido\n2. Toque em **Pedir reembolso**, escolha o motivo e envie\n\nDepois de aprovado, o valor volta para a forma de pagamento original em *1–3 dias úteis* (cartão de crédito pode levar até 7).',
      return: 'Você pode devolver produtos sem uso em até 7 dias após a entrega. Abra o pedido, toque em "Devolver produto" e siga os passos; pagamos o frete de devolução de produtos com defeito ou danificados.',
      invoice: 'Abra o pedido e toque em "Solicitar nota fiscal", depois informe o nome e o CPF ou CNPJ. A nota fiscal eletrônica chega ao seu e-mail em 1–2 dias úteis.',
      help: 'Posso ajudar com:\n\n- **Pedidos**: rastreio, mudança de endereço, cancelamento\n- **Pós-venda**: reembolsos, devoluções, trocas, garantia\n- **Notas fiscais e pagamento**: notas fiscais, formas de pagamento, problemas de pagamento\n- **Conta**: login, alteração de dados\n\nDigite sua pergunta ou envie "Falar com atendente" para falar com uma pessoa.',
    },
    orderPrompt: 'Envie o número do seu pedido (por exemplo 20250115-0042)',
  },
  ar: {
    questions: { 'order-status': 'أين طلبي؟', refund: 'كيف أطلب استرداد المبلغ؟', return: 'كيف أُرجع منتجًا؟', invoice: 'كيف أحصل على فاتورة؟', help: 'مساعدة' },
    answers: {
      refund: 'لطلب استرداد المبلغ:\n\n1. افتح **طلباتي** واختر الطلب\n2. اضغط **طلب استرداد**، واختر السبب ثم أرسل\n\nبعد الموافقة يعود المبلغ إلى وسيلة الدفع الأصلية خلال *1–3 أيام عمل* (قد تستغرق بطاقات الائتمان حتى 7 أيام).',
      return: 'يمكنك إرجاع المنتجات غير المستخدمة خلال 7 أيام من التسليم. افتح الطلب واضغط «إرجاع المنتج» واتبع الخطوات؛ نتحمل تكلفة شحن الإرجاع للمنتجات المعيبة أو التالفة.',
      invoice: 'افتح الطلب واضغط «طلب فاتورة»، ثم أدخل الاسم والرقم الضريبي. تصلك الفاتورة الإلكترونية على بريدك خلال 1–2 يوم عمل.',
      help: 'يمكنني مساعدتك في:\n\n- **الطلبات**: التتبع، تغيير العنوان، الإلغاء\n- **خدمة ما بعد البيع**: الاسترداد، الإرجاع، الاستبدال، الضمان\n- **الفواتير والدفع**: الفواتير، طرق الدفع، مشكلات الدفع\n- **الحساب**: تسجيل الدخول، تعديل البيانات\n\nاكتب سؤالك مباشرة، أو أرسل «التحدث إلى موظف» للتواصل مع موظف.',
    },
    orderPrompt: 'يرجى إرسال رقم طلبك (مثلًا 20250115-0042)',
  },
}
