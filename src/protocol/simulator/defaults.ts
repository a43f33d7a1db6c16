// Default texts, agents and groups per locale. The queue / transfer / off-hours texts come from
// DEFAULT_TEMPLATES so the engine's default notice recognition matches what the simulator sends.
import { DEFAULT_TEMPLATES } from '../templates'
import { LOCALIZED_TRANSFER_KEYWORDS } from './transferKeywords'
import type { AgentConfig, AgentGroup, SimulatorLocale, SimulatorTexts } from './types'

// DEFAULT_TEMPLATES lists the Chinese text first and the English one second.
const pick = (list: string[], locale: SimulatorLocale): string => list[locale === 'en' ? 1 : 0] as string

/** The default texts for a locale. */
export function defaultTexts(locale: SimulatorLocale): SimulatorTexts {
  const zh = locale !== 'en'
  return {
    welcome: zh
      ? '您好，我是 Kefu Kit 智能助手，有什么可以帮您？'
      : 'Hi, I am the Kefu Kit assistant. How can I help?',
    welcomeCardTitle: zh ? '猜你想问' : 'You might want to ask',
    clarifyTitle: zh ? '您可能想问：' : 'Did you mean:',
    fallback: zh
      ? '抱歉，我还不太明白您的问题。您可以换个说法，或发送“转人工”联系人工客服。'
      : 'Sorry, I did not quite get that. Try asking another way, or send "human" to talk to an agent.',
    queue: pick(DEFAULT_TEMPLATES.queue, locale),
    transferring: zh ? '正在为您接入人工客服，请稍候…' : 'Connecting you to an agent, one moment please…',
    transferSucceeded: pick(DEFAULT_TEMPLATES.transferSucceeded, locale),
    transferFailed: pick(DEFAULT_TEMPLATES.transferFailed, locale),
    offHours: pick(DEFAULT_TEMPLATES.offHours, locale),
    groupMenuHeader: zh ? '请选择您想咨询的分组' : 'Which team would you like to talk to?',
    sessionEnded: zh ? '本次会话已结束，感谢您的咨询。' : 'This conversation has ended. Thank you for contacting us.',
    sessionTimeout: zh ? '您长时间未回复，本次会话已自动结束。' : 'We did not hear from you for a while, so this conversation has ended.',
    alreadyQueued: zh ? '正在为您转接人工客服，请耐心等待。' : 'We are already connecting you to an agent. Please wait.',
    ratingHead: zh ? '感谢您使用我们的服务，请对此次服务进行评价！' : 'Thank you for contacting us. How was our service?',
    ratingTail: zh ? '感谢您对此次服务作出评价，祝您生活愉快，再见！' : 'Thank you for your feedback. Have a nice day!',
    ratingOptions: zh
      ? ['非常不满意', '不满意', '一般', '满意', '非常满意']
      : ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  }
}

/** The default groups: pre-sales and after-sales, as in the product docs' example. */
export function defaultGroups(locale: SimulatorLocale): AgentGroup[] {
  return locale === 'en'
    ? [{ id: 'presales', name: 'Pre-sales' }, { id: 'aftersales', name: 'After-sales' }]
    : [{ id: 'presales', name: '售前' }, { id: 'aftersales', name: '售后' }]
}

/** Two free agents, one per default group. */
export function defaultAgents(locale: SimulatorLocale): AgentConfig[] {
  return locale === 'en'
    ? [
        { id: 'agent-ann', name: 'Ann', group: 'presales', maxConcurrent: 1 },
        { id: 'agent-ben', name: 'Ben', group: 'aftersales', maxConcurrent: 1 },
      ]
    : [
        { id: 'agent-ann', name: '客服小安', group: 'presales', maxConcurrent: 1 },
        { id: 'agent-ben', name: '客服小白', group: 'aftersales', maxConcurrent: 1 },
      ]
}

/** The auto-mode agent script for a locale. */
export function defaultAgentReplies(locale: SimulatorLocale): { greeting: string; replies: string[] } {
  return locale === 'en'
    ? {
        greeting: 'Hello, this is $(StaffName). How can I help you today?',
        replies: [
          'Thanks, let me check that for you.',
          'Got it. Is there anything else I can help with?',
          'I have noted that down. You can end the conversation any time with the button above.',
        ],
      }
    : {
        greeting: '您好，我是$(StaffName)，请问有什么可以帮您？',
        replies: [
          '好的，我帮您查一下。',
          '明白了，还有其他可以帮您的吗？',
          '已经为您记录。如无其他问题，可以点击上方按钮结束会话。',
        ],
      }
}

/** Transfer keywords the simulator listens for by default. */
export const DEFAULT_TRANSFER_KEYWORDS: readonly string[] = ['转人工', '人工', '人工客服', 'human', 'agent', ...LOCALIZED_TRANSFER_KEYWORDS.filter((k) => k !== '转人工')]
