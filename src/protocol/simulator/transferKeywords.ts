// The "transfer to a human" keywords the chat's button sends in each of the kit's languages
// (the `action.transferKeyword` string of every built-in locale). The simulator recognises all of
// them, whatever its own locale, so a customer can ask for a human in their own language.
// Kept here as plain data (no import of the i18n dictionaries, which are loaded on demand);
// src/i18n/locales.test.ts checks that every locale's keyword is listed.
export const LOCALIZED_TRANSFER_KEYWORDS: readonly string[] = [
  '转人工', '轉人工', 'Human service', '有人対応', '상담원 연결', 'Gặp nhân viên', 'ติดต่อเจ้าหน้าที่',
  'Layanan agen', 'Khidmat ejen', 'Serbisyo ng tao', 'Atención humana', 'Service humain',
  'Persönlicher Service', 'Atendimento humano', 'خدمة بشرية',
  // what older and other kits send
  '人工服务', '人工服務',
]
