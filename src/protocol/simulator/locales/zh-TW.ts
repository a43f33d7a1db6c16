// Traditional Chinese (Taiwan): the simulator's demo texts and the shop library's demo-visible texts (see ./index.ts).
import type { SimulatorLocalePack } from './types'

const pack: SimulatorLocalePack = {
  texts: {
    welcome: '您好，我是 Kefu Kit 智慧助理，有什麼可以幫您？', welcomeCardTitle: '猜你想問', clarifyTitle: '您可能想問：',
    fallback: '抱歉，我還不太明白您的問題。您可以換個說法，或傳送「轉人工」聯絡真人客服。', transferring: '正在為您轉接真人客服，請稍候…',
    groupMenuHeader: '請選擇您想諮詢的分組', sessionEnded: '本次會話已結束，感謝您的諮詢。', sessionTimeout: '您長時間未回覆，本次會話已自動結束。',
    alreadyQueued: '正在為您轉接真人客服，請耐心等候。', ratingHead: '感謝您使用我們的服務，請為此次服務評分！', ratingTail: '感謝您的評價，祝您生活愉快，再見！',
    queue: '目前排隊人數較多，您排在第${QueuePosition}位，前面還有${WaitNo}人，請耐心等候。',
    transferSucceeded: '轉接真人客服成功，$(StaffName)為您服務。',
    transferFailed: '抱歉，目前沒有可接待的客服，請稍後再試。',
    offHours: '目前為非服務時間，真人客服的服務時間為週一至週五 9:00-18:00，請於服務時間聯絡我們。',
    timeoutWarning: '您已有一段時間未回覆，會話將在 ${Seconds} 秒後自動結束。',
    ratingOptions: ['非常不滿意', '不滿意', '普通', '滿意', '非常滿意'],
  },
  shop: {
    serviceName: '商城客服',
    welcome: '您好，我是商城智慧客服，可以幫您查詢訂單、物流、退款、發票和帳號問題。',
    questions: { 'order-status': '查詢訂單物流', refund: '如何申請退款', return: '如何退貨', invoice: '如何開發票', help: '幫助' },
    answers: {
      refund: '申請退款：\n\n1. 開啟 **我的訂單**，找到該訂單\n2. 點選 **申請退款**，選擇原因並送出\n\n審核通過後，款項將於 *1–3 個工作天* 原路退回（信用卡可能需要 7 個工作天）。',
      return: '簽收後 7 天內可無理由退貨（商品完好、不影響二次銷售）。在訂單詳情點選「申請退貨」，依提示寄回即可；品質問題的退貨運費由我們負擔。',
      help: '我可以幫您：\n\n- **查訂單**：物流進度、修改地址、取消訂單\n- **售後**：退款、退貨、換貨、保固\n- **發票與付款**：開立發票、付款方式、付款問題\n- **帳號**：登入、修改資料\n\n直接輸入問題即可，或傳送「轉人工」聯絡真人客服。',
    },
    orderPrompt: '請輸入您的訂單編號（例如 20250115-0042）',
    order: {
      keywords: ['查訂單', '查物流'],
      guide: '為您查到以下訂單：',
      name: '訂單 {orderNo}',
      desc: '無線降噪耳機 × 1',
      fields: [['訂單狀態：', '運送中'], ['物流：', '順豐速運 SF1234567890'], ['預計送達：', '明天 18:00 前']],
      header: '還需要什麼協助嗎？',
      tail: '點選選項或直接輸入問題',
      address: ['修改收件地址', '訂單 {orderNo} 已出貨，我們會聯絡物流改派，請留意簡訊通知。'],
      chase: ['催促物流', '已為訂單 {orderNo} 催件，物流會優先配送。'],
      agent: '聯絡真人客服',
    },
    invoice: {
      keywords: ['申請發票', '開發票'],
      header: '請選擇發票類型',
      electronic: ['電子發票', '1–2 個工作天寄到信箱'],
      special: ['三聯式發票', '需人工審核'],
      tip: '填寫發票資訊',
      title: ['抬頭', '個人姓名或公司名稱'],
      taxNumber: ['統一編號', '公司開立必填，個人免填'],
      email: ['信箱', '接收電子發票的信箱'],
      type: ['類型', '個人', '公司'],
      done: '已為您送出發票申請：抬頭「{抬頭}」（{類型}）。電子發票將於 1–2 個工作天內寄到 {信箱}。',
    },
    smallTalk: {
      hello: ['您好', ['你好', '在嗎', '哈囉', '嗨'], '您好！請問有什麼可以幫您？'],
      thanks: ['謝謝', ['謝謝你', '多謝', '感謝'], '不客氣，很高興能幫到您！'],
      bye: ['再見', ['掰掰', '沒有問題了'], '再見，祝您購物愉快！'],
      who: ['你是誰', ['你是機器人嗎'], '我是商城的智慧客服，隨時為您解答。'],
    },
  },
  agent: { greeting: '您好，我是$(StaffName)，請問有什麼可以幫您？', replies: ['好的，我幫您查一下。', '明白了，還有其他可以幫您的嗎？', '已為您記錄。如無其他問題，可以點選上方按鈕結束會話。'] },
  groups: ['售前', '售後'],
}
export default pack
