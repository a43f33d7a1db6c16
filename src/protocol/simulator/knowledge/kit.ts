// The built-in knowledge base: questions about Kefu Kit itself, in Chinese and English, so the
// playground answers something true and every bot path (direct, rich text, streaming, small talk,
// clarify, fallback, task flow, transfer) can be reached by typing.
//
// The three entries on look and feel (theme / dark mode / colours) deliberately share words, so
// a vague "主题" or "theme" lands in the clarify band and gets a "did you mean" card.
import type { KnowledgeBase, KnowledgeEntry, SmallTalkEntry, TaskFlow } from '../types'

const ZH_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'zh-what',
    locale: 'zh-CN',
    featured: true,
    question: 'Kefu Kit 是什么',
    similar: ['介绍一下 Kefu Kit', 'Kefu Kit 能做什么', '这个组件库是做什么的'],
    answer: 'Kefu Kit 是一套客户端的 Vue 客服聊天组件：协议层、消息渲染、聊天外壳和内置模拟后端，一个包同时支持 Vue 3、Vue 2.7 和 Vue 2.6。',
  },
  {
    id: 'zh-install',
    locale: 'zh-CN',
    featured: true,
    question: '如何安装 Kefu Kit',
    similar: ['怎么安装', '安装步骤', '怎么引入组件库', 'npm 安装'],
    answer: {
      kind: 'markdown',
      markdown: [
        '安装只需 **三步**：',
        '',
        '1. 运行 `npm install kefu-kit`',
        '2. 引入样式 `kefu-kit/style.css`',
        '3. 在页面中放入聊天组件，并传入一个 Transport',
        '',
        '详见 [快速上手](https://github.com/kefu-kit/kefu-kit#readme)。*不接后端也能先用内置模拟器体验。*',
      ].join('\n'),
    },
  },
  {
    id: 'zh-vue',
    locale: 'zh-CN',
    featured: true,
    question: '支持 Vue 2 和 Vue 3 吗',
    similar: ['支持 Vue 2 吗', 'Vue 3 能用吗', 'Vue 2.7 可以用吗', '支持 Vue 2.6 吗', 'Vue 2.6 需要安装什么', '兼容哪些 Vue 版本'],
    // keep in step with README.md ("Vue 2.7 (and 2.6)"); kit.test.ts checks it
    answer: '同一个包同时支持 Vue 3、Vue 2.7 和 Vue 2.6。Vue 3 和 Vue 2.7 无需额外安装；Vue 2.6（2.6.14 及以上）需要先安装 @vue/composition-api 并执行 Vue.use(VueCompositionAPI)。',
  },
  {
    id: 'zh-theme',
    locale: 'zh-CN',
    featured: true,
    question: '如何自定义主题样式',
    similar: ['怎么改主题样式', '主题样式可以定制吗', '自定义主题'],
    answer: '所有样式都由 CSS 变量（--kefu-*）控制，在容器上覆盖这些变量即可定制主题，无需编译 Sass。',
  },
  {
    id: 'zh-dark',
    locale: 'zh-CN',
    question: '支持暗黑主题吗',
    similar: ['有深色模式吗', '怎么开启暗黑模式', '暗黑模式', '夜间模式'],
    answer: '支持。设置 theme="dark" 或跟随系统的 prefers-color-scheme，暗黑主题的对比度同样满足 WCAG AA。',
  },
  {
    id: 'zh-colors',
    locale: 'zh-CN',
    question: '怎么修改主题颜色',
    similar: ['如何更换品牌色', '气泡颜色能改吗', '修改主色调', '能改颜色吗', '换颜色', '更改配色'],
    answer: '覆盖 --kefu-color-primary 等颜色变量即可更换品牌色，气泡、按钮和链接会一起变化。',
  },
  {
    id: 'zh-renderer',
    locale: 'zh-CN',
    question: '如何自定义消息渲染',
    similar: ['能替换消息气泡吗', '自定义渲染器', '怎么渲染自己的消息类型'],
    answer: {
      kind: 'markdown',
      markdown: '每种消息都可以替换渲染组件：\n\n- 用 `renderers` 选项按 `kind` 覆盖默认渲染器\n- 未知消息类型会显示*不支持的消息*占位，而不会报错\n\n自定义渲染器拿到的是已解码、已校验的数据。',
    },
  },
  {
    id: 'zh-transport',
    locale: 'zh-CN',
    featured: true,
    question: '如何对接自己的后端',
    similar: ['什么是 Transport', 'Transport 接口怎么实现', '接入自有后端'],
    answer: {
      kind: 'markdown',
      stream: true,
      markdown: '实现 **Transport** 接口即可对接任何后端：\n\n1. `connect()` / `disconnect()` 管理连接并推送状态\n2. `send()` 发送消息并返回服务端 id，按 clientId 去重\n3. `subscribe()` 推送新消息、修改和撤回\n4. 可选的 `loadHistory()` 分页加载历史\n\n内置模拟器和腾讯云 IM 适配器都是这样实现的。',
    },
  },
  {
    id: 'zh-tencent',
    locale: 'zh-CN',
    question: '如何接入腾讯云 IM',
    similar: ['腾讯云即时通信怎么用', 'Tencent Cloud Chat 适配器', '怎么连接腾讯云客服'],
    answer: '从 kefu-kit/tencent 引入适配器，传入已登录的 @tencentcloud/chat 实例和客服号 ID 即可，协议消息会自动编解码。',
  },
  {
    id: 'zh-rating',
    locale: 'zh-CN',
    featured: true,
    question: '是否支持满意度评价',
    similar: ['怎么评价客服', '满意度评价怎么用', '评价卡片'],
    answer: '支持。人工会话结束后会收到评价卡片（星级或数字），在有效期内可以提交一次；规则由后台的评价设置决定。',
  },
  {
    id: 'zh-transfer',
    locale: 'zh-CN',
    featured: true,
    question: '如何转接人工客服',
    similar: ['怎么联系人工', '人工客服在哪', '转接人工'],
    answer: '发送“转人工”或点击“转人工”按钮即可。若客服都在忙会进入排队，并实时显示您的排队位置。',
  },
  {
    id: 'zh-hours',
    locale: 'zh-CN',
    question: '人工客服的工作时间',
    similar: ['客服几点上班', '什么时候有人工客服', '工作时间'],
    answer: '工作时间可按星期逐日配置；非工作时间转人工会收到提示，机器人依然可以回答问题。',
  },
  {
    id: 'zh-queue',
    locale: 'zh-CN',
    question: '什么情况会进入排队',
    similar: ['为什么要排队', '排队要多久'],
    answer: '当所有客服都达到最大同时接待数时会进入排队，排队提示会随队列移动更新位置。',
  },
  {
    id: 'zh-markdown',
    locale: 'zh-CN',
    question: '富文本消息安全吗',
    similar: ['Markdown 会有 XSS 吗', '富文本怎么防注入', '链接安全吗'],
    answer: {
      kind: 'markdown',
      markdown: '安全。机器人富文本先由 Markdown 转换，再经 **DOMPurify** 清洗：\n\n- 去掉脚本和事件属性（如 `onerror`）\n- 只放行 http、https 和 mailto 链接\n- 外链在新窗口打开并带 `rel="noopener"`',
    },
  },
  {
    id: 'zh-a11y',
    locale: 'zh-CN',
    question: '支持无障碍访问吗',
    similar: ['支持键盘操作吗', '读屏软件能用吗'],
    answer: '支持。所有操作可用键盘完成，新消息通过 live region 播报，并通过了 axe 检查。',
  },
  {
    id: 'zh-feedback',
    locale: 'zh-CN',
    question: '我要反馈问题',
    similar: ['报告一个问题', '提交 bug', '使用中遇到问题'],
    answer: { kind: 'flow', flowId: 'feedback-zh' },
  },
]

const EN_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'en-what',
    locale: 'en',
    featured: true,
    question: 'What is Kefu Kit',
    similar: ['Tell me about Kefu Kit', 'What does this library do'],
    answer: 'Kefu Kit is a customer-side Vue component kit for customer-service chat: a protocol layer, message renderers, a chat shell and a built-in simulated backend. One package works with Vue 3, Vue 2.7 and Vue 2.6.',
  },
  {
    id: 'en-install',
    locale: 'en',
    featured: true,
    question: 'How do I install Kefu Kit',
    similar: ['Installation steps', 'How to add it to my project', 'npm install'],
    answer: {
      kind: 'markdown',
      markdown: [
        'Installing takes **three steps**:',
        '',
        '1. Run `npm install kefu-kit`',
        '2. Import `kefu-kit/style.css`',
        '3. Put the chat component on the page and give it a Transport',
        '',
        'See the [getting started guide](https://github.com/kefu-kit/kefu-kit#readme). *You can try it with the built-in simulator before you have a backend.*',
      ].join('\n'),
    },
  },
  {
    id: 'en-vue',
    locale: 'en',
    featured: true,
    question: 'Does it support Vue 2 and Vue 3',
    similar: ['Does it work with Vue 2.7', 'Does it work with Vue 2.6', 'What does Vue 2.6 need', 'Vue 3 support', 'Which Vue versions are supported'],
    // keep in step with README.md ("Vue 2.7 (and 2.6)"); kit.test.ts checks it
    answer: 'The same package supports Vue 3, Vue 2.7 and Vue 2.6. Vue 3 and Vue 2.7 need nothing extra; Vue 2.6 (2.6.14 or later) needs @vue/composition-api installed and Vue.use(VueCompositionAPI) called first.',
  },
  {
    id: 'en-theme',
    locale: 'en',
    featured: true,
    question: 'How do I customise the theme styles',
    similar: ['Can I change the theme styles', 'Theme customization'],
    answer: 'Every style is a CSS custom property (--kefu-*). Override them on the container to make your own theme; no Sass build needed.',
  },
  {
    id: 'en-dark',
    locale: 'en',
    question: 'Is there a dark theme',
    similar: ['Dark mode support', 'How do I turn on dark mode', 'Night mode'],
    answer: 'Yes. Set theme="dark" or follow the system prefers-color-scheme; the dark theme meets WCAG AA contrast too.',
  },
  {
    id: 'en-colors',
    locale: 'en',
    question: 'How do I change the brand colours',
    similar: ['Theme colours', 'Can I change the bubble colours', 'Primary color'],
    answer: 'Override --kefu-color-primary and the other colour variables; bubbles, buttons and links follow.',
  },
  {
    id: 'en-renderer',
    locale: 'en',
    question: 'How do I customise how messages are rendered',
    similar: ['Custom renderers', 'Can I replace the message bubbles', 'Render my own message type'],
    answer: {
      kind: 'markdown',
      markdown: 'Every message kind can use your own component:\n\n- pass `renderers` to override the default renderer by `kind`\n- unknown message types show an *unsupported message* placeholder instead of breaking\n\nCustom renderers receive decoded, validated data.',
    },
  },
  {
    id: 'en-transport',
    locale: 'en',
    featured: true,
    question: 'How do I connect my own backend',
    similar: ['What is a Transport', 'How to implement the Transport interface', 'Custom backend'],
    answer: {
      kind: 'markdown',
      stream: true,
      markdown: 'Implement the **Transport** interface to connect any backend:\n\n1. `connect()` / `disconnect()` manage the connection and push status\n2. `send()` sends a message, returns the server id and dedupes by clientId\n3. `subscribe()` pushes new, modified and revoked messages\n4. the optional `loadHistory()` pages older messages\n\nThe built-in simulator and the Tencent Cloud Chat adapter both work this way.',
    },
  },
  {
    id: 'en-tencent',
    locale: 'en',
    question: 'How do I use Tencent Cloud Chat',
    similar: ['Tencent Cloud Chat adapter', 'Connect to Tencent IM'],
    answer: 'Import the adapter from kefu-kit/tencent and pass a logged-in @tencentcloud/chat instance and the service account ID; protocol messages are encoded and decoded for you.',
  },
  {
    id: 'en-rating',
    locale: 'en',
    featured: true,
    question: 'Can customers rate the service',
    similar: ['Satisfaction rating', 'How do ratings work', 'Rating card'],
    answer: 'Yes. After a human conversation the customer gets a rating card (stars or numbers) and can submit it once before it expires; the backend settings decide when it is sent.',
  },
  {
    id: 'en-transfer',
    locale: 'en',
    featured: true,
    question: 'How do I talk to a human agent',
    similar: ['Contact a person', 'Transfer to an agent'],
    answer: 'Send "human" or press the "talk to an agent" button. When every agent is busy you join a queue and see your position.',
  },
  {
    id: 'en-hours',
    locale: 'en',
    question: 'What are the working hours',
    similar: ['When are agents available', 'Opening hours'],
    answer: 'Working hours are set per weekday. Outside them a transfer request gets a notice, and the bot keeps answering.',
  },
  {
    id: 'en-queue',
    locale: 'en',
    question: 'Why do I have to queue',
    similar: ['When does queueing happen', 'How long is the queue'],
    answer: 'You queue when every agent is at their maximum number of conversations; the queue notice updates as the queue moves.',
  },
  {
    id: 'en-markdown',
    locale: 'en',
    question: 'Is rich text safe',
    similar: ['Markdown XSS', 'Are links safe', 'How is HTML sanitized'],
    answer: {
      kind: 'markdown',
      markdown: 'Yes. Bot rich text goes through Markdown, then **DOMPurify**:\n\n- scripts and event attributes (such as `onerror`) are removed\n- only http, https and mailto links survive\n- external links open in a new tab with `rel="noopener"`',
    },
  },
  {
    id: 'en-a11y',
    locale: 'en',
    question: 'Is it accessible',
    similar: ['Keyboard support', 'Does it work with screen readers'],
    answer: 'Yes. Everything works from the keyboard, new messages are announced through a live region, and axe checks pass.',
  },
  {
    id: 'en-feedback',
    locale: 'en',
    question: 'I want to report a problem',
    similar: ['Report a bug', 'Something is broken'],
    answer: { kind: 'flow', flowId: 'feedback-en' },
  },
]

const SMALL_TALK: SmallTalkEntry[] = [
  { id: 'zh-hello', locale: 'zh-CN', question: '你好', similar: ['您好', '在吗', '哈喽', '嗨'], answer: '您好！请问有什么可以帮您？' },
  { id: 'zh-thanks', locale: 'zh-CN', question: '谢谢', similar: ['谢谢你', '多谢', '感谢'], answer: '不客气，很高兴能帮到您！' },
  { id: 'zh-bye', locale: 'zh-CN', question: '再见', similar: ['拜拜', '没有问题了'], answer: '再见，祝您生活愉快！' },
  { id: 'zh-who', locale: 'zh-CN', question: '你是谁', similar: ['你是机器人吗'], answer: '我是 Kefu Kit 的智能助手，随时为您解答。' },
  { id: 'en-hello', locale: 'en', question: 'Hello', similar: ['Hi', 'Hey', 'Good morning', 'Anyone there'], answer: 'Hello! How can I help you?' },
  { id: 'en-thanks', locale: 'en', question: 'Thanks', similar: ['Thank you', 'Thanks a lot', 'Cheers'], answer: 'You are welcome, glad to help!' },
  { id: 'en-bye', locale: 'en', question: 'Goodbye', similar: ['Bye', 'See you', 'That is all'], answer: 'Goodbye, have a nice day!' },
  { id: 'en-who', locale: 'en', question: 'Who are you', similar: ['Are you a bot'], answer: 'I am the Kefu Kit assistant, here to answer your questions.' },
]

/** The feedback flow: branch → options form → text form → answer, or a branch to a human. */
function feedbackFlow(locale: 'zh-CN' | 'en'): TaskFlow {
  const zh = locale === 'zh-CN'
  return {
    id: zh ? 'feedback-zh' : 'feedback-en',
    keywords: zh ? ['问题反馈', '反馈'] : ['feedback'],
    start: 'kind',
    steps: {
      kind: {
        kind: 'branch',
        header: zh ? '请选择您遇到的问题类型' : 'What kind of problem is it?',
        tail: zh ? '点击选项或直接发送选项文字' : 'Pick one, or send its text',
        items: [
          { content: zh ? '安装问题' : 'Installation', desc: zh ? '安装、构建或引入失败' : 'install, build or import fails', next: 'version' },
          { content: zh ? '显示异常' : 'Display issue', desc: zh ? '样式或消息显示不正确' : 'styles or messages look wrong', next: 'version' },
          { content: zh ? '联系人工客服' : 'Talk to an agent', next: { kind: 'transfer' } },
        ],
      },
      version: {
        kind: 'form',
        header: zh ? '您使用的是哪个 Vue 版本？' : 'Which Vue version do you use?',
        variable: 'vue',
        options: ['Vue 3', 'Vue 2.7'],
        next: 'describe',
      },
      describe: {
        kind: 'form',
        header: zh ? '请简单描述您遇到的问题' : 'Please describe the problem briefly',
        variable: 'detail',
        next: 'done',
      },
      done: {
        kind: 'answer',
        answer: zh
          ? '已记录您的反馈（{vue}）：“{detail}”。我们会尽快处理，谢谢！'
          : 'Thanks, we have logged your report ({vue}): "{detail}". We will look into it soon.',
      },
    },
  }
}

/**
 * The Desk demo flow: a task-flow menu (src 32, fixed buttons), a task-flow form (src 33), then a
 * model answer (src 35 first). Started by its keywords, or with
 * `engine.transferToTaskFlow('desk-demo-en')` (src 34).
 */
function deskDemoFlow(locale: 'zh-CN' | 'en'): TaskFlow {
  const zh = locale === 'zh-CN'
  return {
    id: zh ? 'desk-demo-zh' : 'desk-demo-en',
    keywords: zh ? ['任务流演示', '预约演示'] : ['desk demo', 'book a demo'],
    start: 'topic',
    steps: {
      topic: {
        kind: 'taskBranch',
        optionType: 1,
        header: zh ? '想预约哪方面的演示？' : 'What would you like a demo of?',
        items: [
          { content: zh ? '消息渲染' : 'Message renderers', next: 'contact' },
          { content: zh ? '接入腾讯云' : 'Tencent Cloud Chat', next: 'contact' },
        ],
      },
      contact: {
        kind: 'taskForm',
        tip: zh ? '留下联系方式' : 'How can we reach you?',
        fields: zh
          ? [
              { name: '称呼', placeholder: '怎么称呼您', required: true },
              { name: '时间', options: ['上午', '下午'], value: '上午' },
            ]
          : [
              { name: 'Name', placeholder: 'What should we call you?', required: true },
              { name: 'Time', options: ['Morning', 'Afternoon'], value: 'Morning' },
            ],
        next: {
          kind: 'answer',
          answer: {
            kind: 'model',
            markdown: zh
              ? '好的，{称呼}！我们会在{时间}联系您，演示 **Kefu Kit** 的任务流、表单和 AI 回答。'
              : 'Thanks, {Name}! We will get in touch in the {Time} to show you task flows, forms and AI answers in **Kefu Kit**.',
          },
        },
      },
    },
  }
}

/** The built-in knowledge base about Kefu Kit, in Chinese and English. */
export function defaultKnowledgeBase(): KnowledgeBase {
  // a fresh copy each time, so one simulator's edits never leak into another
  return {
    entries: structuredCloneSafe([...ZH_ENTRIES, ...EN_ENTRIES]),
    smallTalk: structuredCloneSafe(SMALL_TALK),
    flows: [feedbackFlow('zh-CN'), feedbackFlow('en'), deskDemoFlow('zh-CN'), deskDemoFlow('en')],
  }
}

// JSON round trip: the data is plain JSON by construction, and structuredClone is missing on
// some older browsers the kit still supports.
function structuredCloneSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
