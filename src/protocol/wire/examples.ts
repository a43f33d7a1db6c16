// Sample `data` values for custom messages: the product documentation's own examples, and the
// edge cases real senders produce. Plain data, shared by the decoder tests, the property tests and
// the playground gallery, so nothing here may depend on the decoder. (Over 400 lines: it is data.)

const json = (value: unknown): string => JSON.stringify(value)

const RATING_MENU = [
  { id: '101', content: '非常不满意' },
  { id: '102', content: '不满意' },
  { id: '103', content: '一般' },
  { id: '104', content: '满意' },
  { id: '105', content: '非常满意' },
]
const RATING_HEAD = '感谢您使用我们的服务，请对此次服务进行评价！'
const RATING_TAIL = '感谢您对此次服务作出评价，祝您生活愉快，再见！'
const RATING_SESSION = '7a67f6bb-8fac-41e5-8bab-78c0259ae5a9'

const BRANCH_ITEMS = [
  { content: '人工', desc: '' },
  { content: '表单选项分支', desc: '' },
  { content: '表单输入', desc: '' },
  { content: '返回', desc: '' },
]

/**
 * Every example from the custom-message section of the product docs (Tencent Cloud Chat
 * customer-service plugin, 自定义消息), as the JSON string a custom message's `data` holds,
 * keyed by a readable name. Field order and texts follow the docs. Where the docs are not valid
 * JSON the repair is the smallest one that keeps the shape:
 * - `rating`: the docs close `menuContent` after `tail`, so `menu`, `type`, `sessionId`,
 *   `effectiveHour`, `expireTime` and `selected` sit at the top level. Kept that way on purpose:
 *   senders copy it, and the decoder must read it.
 * - `welcome`: a page break splits the list in the docs; the eight items are joined back.
 * - `product` and `richText`: the docs cut the URLs off; they are completed (the product picture
 *   with the one TUIKit's demos use, the rich-text image with a placeholder object key).
 * - `richText` keeps the docs' `\\n` (a literal backslash-n once parsed) and `![] (` spacing.
 * - comments, trailing commas and unquoted keys are dropped.
 */
export const docExamples: Record<string, string> = {
  /** The section's introductory example: a branch menu without a choice. */
  branchIntro: json({
    customerServicePlugin: 0,
    src: '15',
    content: { header: '请输入您想接入的功能', items: BRANCH_ITEMS, tail: '' },
  }),
  start: json({ customerServicePlugin: 0, src: '7' }),
  rating: json({
    customerServicePlugin: 0,
    src: '9',
    menuContent: { head: RATING_HEAD, tail: RATING_TAIL },
    menu: RATING_MENU,
    type: 2,
    sessionId: RATING_SESSION,
    effectiveHour: 12,
    expireTime: 1691074320,
    selected: { id: '105', content: '非常满意' },
  }),
  ratingSubmit: json({
    customerServicePlugin: 0,
    src: '10',
    menuSelected: { id: 'id', content: 'content', sessionId: 'sessionId' },
  }),
  typing: json({ customerServicePlugin: 0, src: '12' }),
  branch: json({
    customerServicePlugin: 0,
    src: '15',
    content: { header: '请输入您想接入的功能', items: BRANCH_ITEMS, tail: '', selected: { content: '人工' } },
  }),
  sessionEnd: json({ customerServicePlugin: 0, src: '19' }),
  sessionTimeout: json({ customerServicePlugin: 0, src: '20' }),
  formOptions: json({
    customerServicePlugin: 0,
    src: '21',
    content: {
      header: '你喜欢吃什么?',
      items: [{ content: '苹果', desc: '' }, { content: '西瓜', desc: '' }, { content: '草莓', desc: '' }],
      type: 1,
      selected: { content: '苹果' },
    },
  }),
  formText: json({
    customerServicePlugin: 0,
    src: '21',
    content: { header: '你喜欢吃什么？', type: 0, selected: { content: '桃子' } },
  }),
  product: json({
    src: '22',
    content: {
      header: '这里是标题',
      desc: '这里是描述',
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg',
      url: 'https://www.qcloud.com/',
    },
    customerServicePlugin: 0,
  }),
  ratingRules: json({ customerServicePlugin: 0, src: '23', content: { menuSendRuleFlag: 7 } }),
  ratingRequest: json({ customerServicePlugin: 0, src: '24' }),
  seatStatus: json({ customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }),
  endSession: json({ customerServicePlugin: 0, src: '27' }),
  order: json({
    src: '28',
    content: {
      guide: '引导标题',
      name: '订单名称',
      desc: '描述',
      pic: 'https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a49',
      customField: [
        { name: '订单状态：', value: '已完成', customerValue: 'customerValue' },
        { name: '订单金额：', value: '1000元', customerValue: 'customerValue' },
      ],
    },
    customerServicePlugin: 0,
  }),
  welcome: json({
    customerServicePlugin: 0,
    src: '29',
    subtype: 'welcome_msg',
    content: {
      title: '猜你想问',
      content: '',
      items: [
        { content: '智能客服提供哪些功能' },
        { content: '如何修改机器人知识库' },
        { content: '客服在哪里收发消息' },
        { content: '如何设置工作时间' },
        { content: '是否支持发送满意度评价' },
        { content: '机器人功能可以关闭吗' },
        { content: '支持哪些消息渠道' },
        { content: '什么情况会进入排队' },
      ],
    },
  }),
  clarify: json({
    customerServicePlugin: 0,
    src: '29',
    subtype: 'clarify_msg',
    content: {
      title: '您可能想问:',
      content: '您可能想问:',
      items: [
        { content: '客服要怎么服务用户?' },
        { content: '支持哪些用户咨询渠道?' },
        { content: '智能客服提供哪些功能' },
        { content: '怎么实现所有的问题都由客服回复' },
        { content: '智能客服是什么' },
      ],
    },
  }),
  richText: json({
    customerServicePlugin: 0,
    src: '30',
    content: '这是我们的配置信息\\n\\n![] (https://im-console-chatbot-1303031839.cos.ap-guangzhou.myqcloud.com/example.png)',
  }),
}

/** A timestamp far in the past (2023-08-03), so the rating card is expired whenever it is shown. */
const PAST = 1691074320

/**
 * What real (or broken, or hostile) senders produce besides the documented examples: JSON
 * strings, and already-parsed objects where the point is that the input is not a string.
 * Keyed by what each one exercises. Every value is plain JSON-compatible data.
 */
export const edgeExamples: Record<string, unknown> = {
  // Identification
  /** numeric src, already parsed */
  numericSrc: { customerServicePlugin: 0, src: 15, content: { header: '请选择', items: [{ content: '人工' }, { content: '返回' }], tail: '' } },
  /** chatbot messages carry `chatbotPlugin: 1` instead of `customerServicePlugin: 0` */
  chatbotMarker: json({ chatbotPlugin: 1, src: '29', subtype: 'clarify_msg', content: { title: '您可能想问:', content: '', items: [{ content: '如何设置工作时间' }] } }),
  /** the marker as a string */
  stringMarker: json({ customerServicePlugin: '0', src: '19' }),
  /** no marker, but a known src: still ours */
  missingMarker: json({ src: '22', content: { header: '高级版智能客服', desc: '', pic: '', url: 'https://www.qcloud.com/' } }),
  /** numeric marker string and numeric src together */
  numericEverything: json({ customerServicePlugin: '0', src: 26, content: { command: 'updateSeatStatus', content: 'outSeat' } }),

  // Rating (src 9)
  /** everything inside menuContent: the shape the official plugin reads and the encoder writes */
  ratingInMenuContent: json({
    customerServicePlugin: 0,
    src: '9',
    menuContent: { head: '请对本次服务进行评价', tail: '感谢您的评价', menu: RATING_MENU, type: 1, sessionId: 's-1', effectiveHour: 12, expireTime: 4102444800 },
  }),
  /** all fields at the top level, no menuContent at all */
  ratingTopLevel: json({ customerServicePlugin: 0, src: '9', head: '请评价', tail: '', menu: RATING_MENU, type: 1, sessionId: 's-2' }),
  /** already rated, `selected` with only an id: its text comes from the menu */
  ratingSelectedById: json({ customerServicePlugin: 0, src: '9', menuContent: { head: '请评价', tail: '谢谢', menu: RATING_MENU, type: 2, sessionId: 's-3', selected: { id: '104' } } }),
  /** expired, with expireTime and effectiveHour as numeric strings and numeric ids */
  ratingExpired: json({
    customerServicePlugin: 0,
    src: '9',
    menuContent: { head: '请评价', tail: '', menu: [{ id: 101, content: '不满意' }, { id: 105, content: '满意' }], type: '1', sessionId: 's-4', effectiveHour: '12', expireTime: String(PAST) },
  }),
  /** invalid: no menu anywhere */
  ratingNoMenu: json({ customerServicePlugin: 0, src: '9', menuContent: { head: '请评价', tail: '', type: 1, sessionId: 's-5' } }),

  // Branch (src 15) and form (src 21)
  /** items as bare strings and numbers; blank items dropped */
  branchLooseItems: json({ customerServicePlugin: 0, src: '15', content: { header: '请选择', items: ['退款', 2, '', { content: '  ' }, { desc: 'no content' }], tail: '' } }),
  /** the official plugin's `title` fallback for the header, and a choice already made */
  branchTitleSelected: json({ customerServicePlugin: 0, src: '15', content: { title: '请选择业务', items: [{ content: '退款', desc: '7 天内' }, { content: '换货' }], tail: '以上都不是请输入“人工”', selected: { content: '换货' } } }),
  /** invalid: no usable item */
  branchNoItems: json({ customerServicePlugin: 0, src: '15', content: { header: '请选择', items: [], tail: '' } }),
  /** invalid: items is not an array */
  branchItemsNotArray: json({ customerServicePlugin: 0, src: '15', content: { header: '请选择', items: '人工', tail: '' } }),
  /** text form, answered */
  formTextAnswered: json({ customerServicePlugin: 0, src: '21', content: { header: '请输入您的手机号', type: 0, selected: { content: '13800000000' } } }),
  /** options form, not answered yet, type as a string */
  formOptionsOpen: json({ customerServicePlugin: 0, src: '21', content: { header: '请选择城市', type: '1', items: [{ content: '北京' }, { content: '上海' }, { content: '深圳' }] } }),
  /** invalid: options form without options */
  formOptionsEmpty: json({ customerServicePlugin: 0, src: '21', content: { header: '请选择', type: 1, items: [] } }),

  // Flags
  /** rating rules as a numeric string */
  ratingRulesString: json({ customerServicePlugin: 0, src: '23', content: { menuSendRuleFlag: '3' } }),
  /** invalid: no flag */
  ratingRulesMissing: json({ customerServicePlugin: 0, src: '23', content: {} }),
  seatOut: json({ customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } }),
  /** invalid: neither inSeat nor outSeat */
  seatUnknown: json({ customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'busy' } }),
  /** bot commands seen in the official plugin */
  botFeedback: json({ chatbotPlugin: 1, src: '13', content: { command: 'feedback', feedbackId: 'f-1' } }),
  botUpdateStatus: json({ chatbotPlugin: 1, src: '13', content: { command: 'updateBotStatus', status: 1 } }),

  // Stream (src 31)
  /** the official plugin's shape, still streaming */
  streamPartial: json({ chatbotPlugin: 1, src: '31', chunks: ['您好，', '智能客服'], isFinished: 0 }),
  streamFinished: json({ chatbotPlugin: 1, src: '31', chunks: ['您好，', '智能客服', '可以回答您的问题。'], isFinished: 1 }),
  /** the same fields nested in `content`, with a boolean flag */
  streamInContent: json({ customerServicePlugin: 0, src: '31', content: { chunks: ['第一段', '第二段'], isFinished: true } }),
  /** a single string instead of an array */
  streamSingleString: json({ customerServicePlugin: 0, src: '31', chunks: '整段文本', isFinished: '1' }),

  // Cards and rich text
  /** the picture and link schemes are hostile; the renderer must refuse them */
  productHostileUrl: json({ customerServicePlugin: 0, src: '22', content: { header: '<img src=x onerror=alert(1)>', desc: '', pic: 'javascript:alert(1)', url: 'javascript:alert(document.cookie)' } }),
  /** an order card with fields only */
  orderFieldsOnly: json({ customerServicePlugin: 0, src: '28', content: { customField: [{ name: '订单号：', value: '20240501-001' }] } }),
  /** invalid: an empty order card */
  orderEmpty: json({ customerServicePlugin: 0, src: '28', content: { customField: [] } }),
  /** real newlines, a list, emphasis, a link and an image */
  richTextMarkdown: json({
    customerServicePlugin: 0,
    src: '30',
    content: '## 工作时间\n\n- 周一至周五 **9:00–18:00**\n- 周末 *10:00–16:00*\n\n详见 [帮助中心](https://cloud.tencent.com/document/product/269)\n\n![示意图](https://cloudcache.tencent-cloud.com/qcloud/portal/kit/images/presale.a4955999.jpeg)',
  }),
  /** Markdown that tried to run script in the official plugin */
  richTextHostile: json({
    customerServicePlugin: 0,
    src: '30',
    content: '<img src=x onerror="alert(1)">\n\n[点我](javascript:alert(1))\n\n<script>alert(2)</script><a href="data:text/html,<script>alert(3)</script>">data</a>',
  }),
  /** invalid: rich text that is not a string */
  richTextNotString: json({ customerServicePlugin: 0, src: '30', content: { text: '你好' } }),
  /** hostile strings: bidi overrides, zero-width and combining characters, HTML */
  hostileStrings: json({
    customerServicePlugin: 0,
    src: '15',
    content: {
      header: '\u202Egnirts desrever\u202C <b>bold?</b>',
      items: [{ content: 'a\u200Bb\u200Dc' }, { content: 'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358' }, { content: '"><svg onload=alert(1)>' }],
      tail: '\u0000\u0007',
    },
  }),

  // Not decodable
  badJson: '{"customerServicePlugin":0,"src":"15",',
  notAnObject: '[1,2,3]',
  jsonNull: 'null',
  emptyString: '',
  /** somebody else's custom message */
  notOurs: json({ businessID: 'order', orderId: '42' }),
  /** ours, but a src the kit does not know */
  unknownSrc: json({ customerServicePlugin: 0, src: '99', content: { anything: ['goes', 1, true] } }),
  /** a `__proto__` key (legal JSON) must not become a prototype */
  protoKey: '{"customerServicePlugin":0,"src":"99","__proto__":{"polluted":true},"content":"x"}',
  /** invalid: marker without a src */
  markerNoSrc: json({ customerServicePlugin: 0, content: {} }),
}

/**
 * Every example of PROTOCOL-DESK.md (the newer Desk kits), as the `data` string of a custom
 * message, keyed by a readable name. Texts and fields follow the page exactly. Message-level
 * metadata examples (`cloudCustomData`) are in {@link deskMetaExamples}.
 */
export const deskExamples: Record<string, string> = {
  /** §3.1 a task-flow branch menu with fixed buttons */
  taskBranch: json({
    customerServicePlugin: 0,
    src: '32',
    status: 0,
    optionType: 1,
    taskInfo: { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' },
    content: {
      header: 'Which order do you need help with?',
      items: [
        { content: 'Order placed this week', desc: '' },
        { content: 'An older order', desc: '' },
      ],
    },
  }),
  /** §3.2 a task-flow form, editable */
  taskForm: json({
    customerServicePlugin: 0,
    src: '33',
    nodeStatus: 0,
    content: {
      tip: 'Please tell us how to reach you',
      inputVariables: [
        { name: 'Phone', type: 'string', formType: 0, placeholder: '11 digits', isRequired: 1, variableValue: '', chooseItemList: [] },
        { name: 'Best time', type: 'string', formType: 1, placeholder: '', isRequired: 0, variableValue: '', chooseItemList: ['Morning', 'Afternoon'] },
      ],
    },
  }),
  /** §3.2 the customer's submission (Android kit's shape: name, isRequired, variableValue) */
  taskFormSubmission: json({
    customerServicePlugin: 0,
    src: '33',
    content: {
      inputVariables: [
        { name: 'Phone', isRequired: 1, variableValue: '13800001234' },
        { name: 'Best time', isRequired: 0, variableValue: 'Afternoon' },
      ],
    },
  }),
  /** §3.3 transfer to a task flow [inferred shape] */
  transferToTaskFlow: json({ customerServicePlugin: 0, src: '34', content: { taskFlowID: 4182 } }),
  /** §3.4 the model is thinking */
  thinking: json({ customerServicePlugin: 0, src: '35', thinkingStatus: 0 }),
  /** §3.5 concurrency limit */
  concurrencyLimit: json({ customerServicePlugin: 0, src: '36', content: {} }),
  /** §3.6 timeout warning: `content` is a plain string */
  timeoutWarning: json({ customerServicePlugin: 0, src: '37', content: 'No reply for 3 minutes. This conversation will close in 2 minutes.' }),
  /** §3.8 transfer to a named agent or group [inferred shape] */
  transferToHuman: json({ customerServicePlugin: 0, src: '39', content: { specifiedAgentList: ['agent_01@example.com'], specifiedGroupID: 2473 } }),
  /** §4 src 7 with the UI locale */
  startWithLanguage: json({ customerServicePlugin: 0, src: '7', triggeredContent: { language: 'en' } }),
  /** §4 a customer-sent product card with custom fields */
  productCustomField: json({
    customerServicePlugin: 0,
    src: '22',
    content: {
      header: 'Trail shoe X2',
      desc: 'Size 42, blue',
      pic: 'https://example.com/x2.png',
      url: 'https://example.com/p/x2',
      customField: [{ name: 'SKU', value: 'X2-42-BL' }],
    },
  }),
  /** §5 thumbs down on a bot answer [inferred shape] */
  feedback: json({
    customerServicePlugin: 0,
    src: '43',
    content: { messageID: '<IM ID of the rated bot message>', score: 2, reasons: ['Wrong information'], feedbackContent: 'Price is outdated' },
  }),
}

/** The message-level `cloudCustomData` examples of PROTOCOL-DESK.md, as the strings the IM carries. */
export const deskMetaExamples: Record<string, string> = {
  /** §3.1 on the text reply to a fixed-button (optionType 1) src 32 menu */
  branchOptionInfo: json({ BranchOptionInfo: { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' } }),
  /** §6 an AI-generated bot answer */
  aiReply: json({ role: 'robot', messageType: 'aiReply' }),
}

/** Edge cases of the Desk additions: loose, partial and broken senders. Keyed by what each exercises. */
export const deskEdgeExamples: Record<string, unknown> = {
  /** quick options (optionType missing → 0), locked (status 2), numeric src, a selected item */
  taskBranchAnswered: { customerServicePlugin: 0, src: 32, status: 2, content: { header: 'Pick one', items: [{ content: 'A' }, { content: 'B' }], selected: { content: 'B' } } },
  /** an item without content and one blank: kept, drawn as "content is abnormal" */
  taskBranchAbnormalItem: json({ customerServicePlugin: 0, src: '32', status: 0, optionType: '1', taskInfo: { taskID: '7', nodeID: 'n', env: 'test' }, content: { header: 'Choose', items: [{ content: 'Fine' }, { desc: 'no content' }, { content: '   ' }] } }),
  /** status and optionType as junk: both default to 0; taskInfo not an object: dropped */
  taskBranchJunkControls: json({ customerServicePlugin: 0, src: '32', status: 'open', optionType: 7, taskInfo: 'node-1', content: { title: 'Fallback title', items: ['Yes', 'No'] } }),
  /** invalid: neither header nor items */
  taskBranchEmpty: json({ customerServicePlugin: 0, src: '32', status: 0, content: { header: ' ', items: [] } }),
  /** invalid: items is not an array */
  taskBranchItemsNotArray: json({ customerServicePlugin: 0, src: '32', content: { header: 'Q', items: 'A' } }),
  /** submitted form (nodeStatus as a string), loose field types, duplicate and nameless fields dropped */
  taskFormLoose: json({
    customerServicePlugin: 0,
    src: '33',
    nodeStatus: '2',
    content: {
      tip: 'Contact',
      inputVariables: [
        { name: 'City', formType: '1', isRequired: '1', variableValue: 'Paris', chooseItemList: ['Paris', '', 3] },
        { name: 'City', formType: 0, variableValue: 'dup' },
        { formType: 0, placeholder: 'no name' },
        'not a field',
      ],
    },
  }),
  /** invalid: no usable field */
  taskFormNoFields: json({ customerServicePlugin: 0, src: '33', nodeStatus: 0, content: { tip: 'x', inputVariables: [{ placeholder: 'nameless' }] } }),
  /** thinking finished */
  thinkingDone: json({ customerServicePlugin: 0, src: '35', thinkingStatus: 1 }),
  /** thinking without a status: not shown */
  thinkingNoStatus: json({ customerServicePlugin: 0, src: '35' }),
  /** timeout warning nested in an object */
  timeoutWarningObject: json({ customerServicePlugin: 0, src: '37', content: { content: 'Closing soon' } }),
  /** timeout warning with no text: the view uses its own line */
  timeoutWarningEmpty: json({ customerServicePlugin: 0, src: '37' }),
  agentTips: json({ customerServicePlugin: 0, src: '38', content: 'The customer has not replied' }),
  sessionRestarted: json({ customerServicePlugin: 0, src: '40' }),
  feedbackMenu: json({ customerServicePlugin: 0, src: '42', content: { menu: ['答非所问', '信息错误', ''] } }),
  /** invalid: feedback without the rated message */
  feedbackNoMessage: json({ customerServicePlugin: 0, src: '43', content: { score: 1 } }),
  /** typing stopped / started (web kit's typingStatus) */
  typingStopped: json({ customerServicePlugin: 0, src: '12', typingStatus: 0 }),
  typingStarted: json({ customerServicePlugin: 0, src: '12', typingStatus: '1' }),
  /** rating card with the newer allow flag (inside menuContent) */
  ratingAllowFlag: json({ customerServicePlugin: 0, src: '9', menuContent: { head: 'Rate us', tail: '', menu: [{ id: '1', content: 'Good' }], type: 1, sessionId: 's', allowClientSendRating: false } }),
  /** end session with the locale (Android kit) */
  endSessionWithLanguage: json({ customerServicePlugin: 0, src: '27', triggeredContent: { language: 'zh' } }),
  /** a constant-only src (bot status): silent, not the unsupported placeholder */
  botStatus: json({ customerServicePlugin: 0, src: '25', content: { status: 1 } }),
  /** transfer bodies of an unexpected shape: kept as an empty content */
  transferToHumanBare: json({ customerServicePlugin: 0, src: '39', content: 'agent_01' }),
}
