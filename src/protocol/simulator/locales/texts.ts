// The simulator's demo-visible texts in the kit's other languages (the Chinese and English ones
// live in ../defaults.ts), each language its own chunk (./index.ts). Load the language first, then
// pass them: `const o = (await loadSimulatorLocale('ja'), simulatorLocaleOptions('ja', 'shop'))`, then
// `createSimulator({ locale: 'en', ...o })` and `createConversation({ transport, templates: o.templates })`.
// The queue / transfer / off-hours notices are translated too: the engine recognises them when
// given simulatorLocaleOptions(locale).templates (createConversation's `templates`).
import type { NoticeTemplates } from '../../engine/types'
import { DEFAULT_TEMPLATES } from '../../templates'
import type { AgentGroup, AgentScript, KnowledgeBase, SimulatorTexts } from '../types'
import { builtInKnowledgeBase, type BuiltInKnowledge } from '../knowledge'
import { shopBaseTexts } from '../knowledge/shop'
import { defaultGroups } from '../defaults'
import { localePack } from '.'

export { SIMULATOR_TEXT_LOCALES, isSimulatorLocaleLoaded, loadSimulatorLocale } from '.'

/**
 * The demo-visible simulator texts in `locale` (a built-in kit locale loaded with
 * loadSimulatorLocale), for `createSimulator`'s `texts`; empty for zh-CN, en, anything unknown and
 * a locale not loaded yet (the simulator's own defaults apply).
 */
export function simulatorTexts(locale: string): Partial<SimulatorTexts> {
  const t = localePack(locale)?.texts
  return t ? { ...t, ratingOptions: [...t.ratingOptions] as SimulatorTexts['ratingOptions'] } : {}
}

/** What simulatorLocaleOptions returns: spread it into createSimulator's options. */
export interface SimulatorLocaleOptions {
  texts: Partial<SimulatorTexts>
  knowledge: KnowledgeBase
  serviceName?: string
  agentScript?: Pick<AgentScript, 'greeting' | 'replies'>
  groups?: AgentGroup[]
  /**
   * Not a simulator option: the notice templates for the engine (createConversation's
   * `templates`), the Chinese and English ones plus this language's, so its queue, transfer and
   * off-hours texts are recognised as notices.
   */
  templates?: NoticeTemplates
}

/**
 * Everything a demo shows in the kit locale `locale` (load it first with loadSimulatorLocale): the
 * simulator's texts, the scripted agents' lines, the default groups' names and, for `knowledge`
 * 'shop' (the default), the shop library with its name and greeting. The simulator itself keeps
 * running on zh-CN (for zh-*) or en, whose notices the engine recognises.
 */
export function simulatorLocaleOptions(locale: string, knowledge: BuiltInKnowledge = 'shop'): SimulatorLocaleOptions {
  const pack = localePack(locale)
  const out: SimulatorLocaleOptions = { texts: simulatorTexts(locale), knowledge: builtInKnowledgeBase(knowledge, locale) }
  if (knowledge === 'shop') {
    const shop = pack?.shop ?? shopBaseTexts(locale.startsWith('zh') ? 'zh' : 'en')
    out.serviceName = shop.serviceName
    out.texts.welcome = shop.welcome
  }
  if (pack) {
    out.agentScript = { greeting: pack.agent.greeting, replies: [...pack.agent.replies] }
    out.groups = defaultGroups('en').map((g, i) => ({ ...g, name: pack.groups[i] as string }))
    const t = pack.texts
    out.templates = {
      queue: [...DEFAULT_TEMPLATES.queue, t.queue],
      transferSucceeded: [...DEFAULT_TEMPLATES.transferSucceeded, t.transferSucceeded],
      transferFailed: [...DEFAULT_TEMPLATES.transferFailed, t.transferFailed],
      offHours: [...DEFAULT_TEMPLATES.offHours, t.offHours],
    }
  }
  return out
}
