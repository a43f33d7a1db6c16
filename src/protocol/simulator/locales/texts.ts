// The simulator's demo-visible texts in the kit's other languages (the Chinese and English ones
// live in ../defaults.ts). Pass them as `texts`: `createSimulator({ locale: 'en', texts:
// simulatorTexts('ja') })`. The queue / transfer / off-hours texts are left to DEFAULT_TEMPLATES on
// purpose: the engine recognises those notices by their Chinese and English wording.
import type { SimulatorTexts } from '../types'

type DemoTexts = Pick<SimulatorTexts,
  'welcome' | 'welcomeCardTitle' | 'clarifyTitle' | 'fallback' | 'transferring' | 'groupMenuHeader' | 'sessionEnded' |
  'sessionTimeout' | 'alreadyQueued' | 'ratingHead' | 'ratingTail' | 'ratingOptions'>

const TEXTS: Record<string, DemoTexts> = {
  'zh-TW': {
    welcome: '您好，我是 Kefu Kit 智慧助理，有什麼可以幫您？', welcomeCardTitle: '猜你想問', clarifyTitle: '您可能想問：',
    fallback: '抱歉，我還不太明白您的問題。您可以換個說法，或傳送「轉人工」聯絡真人客服。', transferring: '正在為您轉接真人客服，請稍候…',
    groupMenuHeader: '請選擇您想諮詢的分組', sessionEnded: '本次會話已結束，感謝您的諮詢。', sessionTimeout: '您長時間未回覆，本次會話已自動結束。',
    alreadyQueued: '正在為您轉接真人客服，請耐心等候。', ratingHead: '感謝您使用我們的服務，請為此次服務評分！', ratingTail: '感謝您的評價，祝您生活愉快，再見！',
    ratingOptions: ['非常不滿意', '不滿意', '普通', '滿意', '非常滿意'],
  },
  ja: {
    welcome: 'こんにちは。Kefu Kit アシスタントです。ご用件をどうぞ。', welcomeCardTitle: 'よくある質問', clarifyTitle: 'こちらの質問ですか？',
    fallback: '申し訳ありません、よく分かりませんでした。言い方を変えるか、「有人対応」と送ると担当者につながります。', transferring: '担当者におつなぎしています。少々お待ちください…',
    groupMenuHeader: 'ご相談の窓口を選んでください', sessionEnded: '会話を終了しました。お問い合わせありがとうございました。', sessionTimeout: 'しばらく応答がなかったため、会話を終了しました。',
    alreadyQueued: 'ただいま担当者におつなぎしています。お待ちください。', ratingHead: 'ご利用ありがとうございました。今回の対応はいかがでしたか？', ratingTail: 'ご評価ありがとうございました。良い一日を！',
    ratingOptions: ['とても不満', '不満', '普通', '満足', 'とても満足'],
  },
  ko: {
    welcome: '안녕하세요, Kefu Kit 도우미입니다. 무엇을 도와드릴까요?', welcomeCardTitle: '자주 묻는 질문', clarifyTitle: '이 질문을 찾으셨나요?',
    fallback: '죄송합니다, 잘 이해하지 못했습니다. 다르게 물어보시거나 "상담원 연결"을 보내 주세요.', transferring: '상담원에게 연결하고 있습니다. 잠시만 기다려 주세요…',
    groupMenuHeader: '상담할 팀을 선택해 주세요', sessionEnded: '대화가 종료되었습니다. 문의해 주셔서 감사합니다.', sessionTimeout: '한동안 응답이 없어 대화가 종료되었습니다.',
    alreadyQueued: '이미 상담원에게 연결하고 있습니다. 잠시만 기다려 주세요.', ratingHead: '이용해 주셔서 감사합니다. 상담은 어떠셨나요?', ratingTail: '평가해 주셔서 감사합니다. 좋은 하루 보내세요!',
    ratingOptions: ['매우 불만족', '불만족', '보통', '만족', '매우 만족'],
  },
  vi: {
    welcome: 'Xin chào, tôi là trợ lý Kefu Kit. Tôi có thể giúp gì cho bạn?', welcomeCardTitle: 'Có thể bạn muốn hỏi', clarifyTitle: 'Ý bạn là:',
    fallback: 'Xin lỗi, tôi chưa hiểu ý bạn. Hãy hỏi cách khác hoặc gửi "Gặp nhân viên" để nói chuyện với nhân viên.', transferring: 'Đang kết nối bạn với nhân viên, vui lòng chờ…',
    groupMenuHeader: 'Bạn muốn trao đổi với bộ phận nào?', sessionEnded: 'Cuộc trò chuyện đã kết thúc. Cảm ơn bạn đã liên hệ.', sessionTimeout: 'Bạn không phản hồi một lúc nên cuộc trò chuyện đã kết thúc.',
    alreadyQueued: 'Chúng tôi đang kết nối bạn với nhân viên. Vui lòng chờ.', ratingHead: 'Cảm ơn bạn đã liên hệ. Bạn thấy dịch vụ thế nào?', ratingTail: 'Cảm ơn bạn đã đánh giá. Chúc bạn một ngày tốt lành!',
    ratingOptions: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  },
  th: {
    welcome: 'สวัสดีค่ะ ผู้ช่วย Kefu Kit ยินดีให้บริการ มีอะไรให้ช่วยไหมคะ', welcomeCardTitle: 'คำถามที่คุณอาจสนใจ', clarifyTitle: 'คุณหมายถึง:',
    fallback: 'ขออภัย ยังไม่เข้าใจคำถาม ลองถามใหม่อีกแบบ หรือส่ง "ติดต่อเจ้าหน้าที่" เพื่อคุยกับเจ้าหน้าที่', transferring: 'กำลังเชื่อมต่อกับเจ้าหน้าที่ โปรดรอสักครู่…',
    groupMenuHeader: 'คุณต้องการติดต่อฝ่ายใด', sessionEnded: 'การสนทนาสิ้นสุดแล้ว ขอบคุณที่ติดต่อเรา', sessionTimeout: 'ไม่มีการตอบกลับสักพัก การสนทนาจึงสิ้นสุดลง',
    alreadyQueued: 'กำลังเชื่อมต่อกับเจ้าหน้าที่อยู่ โปรดรอสักครู่', ratingHead: 'ขอบคุณที่ใช้บริการ บริการของเราเป็นอย่างไรบ้าง', ratingTail: 'ขอบคุณสำหรับการประเมิน ขอให้เป็นวันที่ดี!',
    ratingOptions: ['ไม่พอใจมาก', 'ไม่พอใจ', 'เฉยๆ', 'พอใจ', 'พอใจมาก'],
  },
  id: {
    welcome: 'Halo, saya asisten Kefu Kit. Ada yang bisa saya bantu?', welcomeCardTitle: 'Mungkin Anda ingin bertanya', clarifyTitle: 'Maksud Anda:',
    fallback: 'Maaf, saya belum mengerti. Coba tanyakan dengan cara lain, atau kirim "Layanan agen" untuk bicara dengan agen.', transferring: 'Menghubungkan Anda ke agen, mohon tunggu…',
    groupMenuHeader: 'Tim mana yang ingin Anda hubungi?', sessionEnded: 'Percakapan telah berakhir. Terima kasih telah menghubungi kami.', sessionTimeout: 'Tidak ada balasan dari Anda, jadi percakapan ini berakhir.',
    alreadyQueued: 'Kami sedang menghubungkan Anda ke agen. Mohon tunggu.', ratingHead: 'Terima kasih telah menghubungi kami. Bagaimana layanan kami?', ratingTail: 'Terima kasih atas penilaian Anda. Semoga hari Anda menyenangkan!',
    ratingOptions: ['Sangat tidak puas', 'Tidak puas', 'Biasa', 'Puas', 'Sangat puas'],
  },
  ms: {
    welcome: 'Hai, saya pembantu Kefu Kit. Apa yang boleh saya bantu?', welcomeCardTitle: 'Mungkin anda ingin bertanya', clarifyTitle: 'Adakah maksud anda:',
    fallback: 'Maaf, saya kurang faham. Cuba tanya dengan cara lain, atau hantar "Khidmat ejen" untuk bercakap dengan ejen.', transferring: 'Menyambungkan anda kepada ejen, sila tunggu…',
    groupMenuHeader: 'Pasukan mana yang anda mahu hubungi?', sessionEnded: 'Perbualan telah tamat. Terima kasih kerana menghubungi kami.', sessionTimeout: 'Tiada balasan daripada anda, jadi perbualan ini telah tamat.',
    alreadyQueued: 'Kami sedang menyambungkan anda kepada ejen. Sila tunggu.', ratingHead: 'Terima kasih kerana menghubungi kami. Bagaimana perkhidmatan kami?', ratingTail: 'Terima kasih atas penilaian anda. Semoga hari anda ceria!',
    ratingOptions: ['Sangat tidak berpuas hati', 'Tidak berpuas hati', 'Biasa', 'Berpuas hati', 'Sangat berpuas hati'],
  },
  fil: {
    welcome: 'Kumusta, ako ang assistant ng Kefu Kit. Paano kita matutulungan?', welcomeCardTitle: 'Baka gusto mong itanong', clarifyTitle: 'Ito ba ang ibig mong sabihin:',
    fallback: 'Paumanhin, hindi ko naintindihan. Subukang itanong sa ibang paraan, o ipadala ang "Serbisyo ng tao" para makausap ang agent.', transferring: 'Ikinokonekta ka sa isang agent, sandali lang…',
    groupMenuHeader: 'Aling team ang gusto mong kausapin?', sessionEnded: 'Tapos na ang usapan. Salamat sa pakikipag-ugnayan.', sessionTimeout: 'Matagal kang hindi sumagot kaya tinapos na ang usapan.',
    alreadyQueued: 'Ikinokonekta ka na namin sa isang agent. Pakihintay.', ratingHead: 'Salamat sa pakikipag-ugnayan. Kumusta ang aming serbisyo?', ratingTail: 'Salamat sa iyong rating. Magandang araw!',
    ratingOptions: ['Lubhang hindi kuntento', 'Hindi kuntento', 'Katamtaman', 'Kuntento', 'Lubhang kuntento'],
  },
  es: {
    welcome: 'Hola, soy el asistente de Kefu Kit. ¿En qué puedo ayudarte?', welcomeCardTitle: 'Quizá quieras preguntar', clarifyTitle: '¿Quisiste decir:',
    fallback: 'Perdona, no lo he entendido. Pregunta de otra forma o envía «Atención humana» para hablar con un agente.', transferring: 'Te estamos conectando con un agente, un momento…',
    groupMenuHeader: '¿Con qué equipo quieres hablar?', sessionEnded: 'La conversación ha terminado. Gracias por contactarnos.', sessionTimeout: 'No recibimos respuesta en un rato, así que la conversación terminó.',
    alreadyQueued: 'Ya te estamos conectando con un agente. Espera, por favor.', ratingHead: 'Gracias por contactarnos. ¿Qué tal fue la atención?', ratingTail: 'Gracias por tu valoración. ¡Que tengas un buen día!',
    ratingOptions: ['Muy insatisfecho', 'Insatisfecho', 'Normal', 'Satisfecho', 'Muy satisfecho'],
  },
  fr: {
    welcome: 'Bonjour, je suis l’assistant Kefu Kit. Comment puis-je vous aider ?', welcomeCardTitle: 'Questions fréquentes', clarifyTitle: 'Vouliez-vous dire :',
    fallback: 'Désolé, je n’ai pas bien compris. Reformulez, ou envoyez « Service humain » pour parler à un conseiller.', transferring: 'Mise en relation avec un conseiller, un instant…',
    groupMenuHeader: 'Quel service souhaitez-vous joindre ?', sessionEnded: 'La conversation est terminée. Merci de nous avoir contactés.', sessionTimeout: 'Sans réponse de votre part, la conversation s’est terminée.',
    alreadyQueued: 'Nous vous mettons déjà en relation avec un conseiller. Merci de patienter.', ratingHead: 'Merci de nous avoir contactés. Comment s’est passé l’échange ?', ratingTail: 'Merci pour votre avis. Bonne journée !',
    ratingOptions: ['Très insatisfait', 'Insatisfait', 'Correct', 'Satisfait', 'Très satisfait'],
  },
  de: {
    welcome: 'Hallo, ich bin der Kefu-Kit-Assistent. Wie kann ich helfen?', welcomeCardTitle: 'Häufige Fragen', clarifyTitle: 'Meinten Sie:',
    fallback: 'Das habe ich leider nicht verstanden. Fragen Sie anders oder senden Sie „Persönlicher Service“, um mit einem Mitarbeiter zu sprechen.', transferring: 'Sie werden mit einem Mitarbeiter verbunden, einen Moment…',
    groupMenuHeader: 'Mit welchem Team möchten Sie sprechen?', sessionEnded: 'Die Unterhaltung ist beendet. Danke für Ihre Anfrage.', sessionTimeout: 'Wir haben länger nichts von Ihnen gehört, daher wurde die Unterhaltung beendet.',
    alreadyQueued: 'Wir verbinden Sie bereits mit einem Mitarbeiter. Bitte warten Sie.', ratingHead: 'Danke für Ihre Anfrage. Wie war unser Service?', ratingTail: 'Danke für Ihre Bewertung. Einen schönen Tag!',
    ratingOptions: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
  },
  'pt-BR': {
    welcome: 'Olá, sou o assistente do Kefu Kit. Como posso ajudar?', welcomeCardTitle: 'Talvez você queira perguntar', clarifyTitle: 'Você quis dizer:',
    fallback: 'Desculpe, não entendi. Pergunte de outro jeito ou envie "Atendimento humano" para falar com um atendente.', transferring: 'Conectando você a um atendente, um momento…',
    groupMenuHeader: 'Com qual equipe você quer falar?', sessionEnded: 'A conversa foi encerrada. Obrigado pelo contato.', sessionTimeout: 'Não tivemos resposta por um tempo, então a conversa foi encerrada.',
    alreadyQueued: 'Já estamos conectando você a um atendente. Aguarde, por favor.', ratingHead: 'Obrigado pelo contato. Como foi o atendimento?', ratingTail: 'Obrigado pela avaliação. Tenha um ótimo dia!',
    ratingOptions: ['Muito insatisfeito', 'Insatisfeito', 'Regular', 'Satisfeito', 'Muito satisfeito'],
  },
  ar: {
    welcome: 'مرحبًا، أنا مساعد Kefu Kit. كيف يمكنني مساعدتك؟', welcomeCardTitle: 'أسئلة قد تهمك', clarifyTitle: 'هل تقصد:',
    fallback: 'عذرًا، لم أفهم سؤالك. جرّب صياغة أخرى، أو أرسل «خدمة بشرية» للتحدث إلى موظف.', transferring: 'جارٍ تحويلك إلى موظف، لحظة من فضلك…',
    groupMenuHeader: 'مع أي فريق تريد التحدث؟', sessionEnded: 'انتهت المحادثة. شكرًا لتواصلك معنا.', sessionTimeout: 'لم نتلقَّ ردًا منك لفترة، لذا انتهت المحادثة.',
    alreadyQueued: 'نحن نحوّلك بالفعل إلى موظف. يُرجى الانتظار.', ratingHead: 'شكرًا لتواصلك معنا. كيف كانت خدمتنا؟', ratingTail: 'شكرًا على تقييمك. نتمنى لك يومًا سعيدًا!',
    ratingOptions: ['غير راضٍ جدًا', 'غير راضٍ', 'مقبول', 'راضٍ', 'راضٍ جدًا'],
  },
}

/** The locales with demo texts here (besides zh-CN and en, which the simulator has built in). */
export const SIMULATOR_TEXT_LOCALES: readonly string[] = Object.keys(TEXTS)

/**
 * The demo-visible simulator texts in `locale` (a built-in kit locale), for `createSimulator`'s
 * `texts`; empty for zh-CN, en and anything unknown (the simulator's own defaults apply).
 */
export function simulatorTexts(locale: string): Partial<SimulatorTexts> {
  const t = TEXTS[locale]
  return t ? { ...t, ratingOptions: [...t.ratingOptions] as SimulatorTexts['ratingOptions'] } : {}
}
