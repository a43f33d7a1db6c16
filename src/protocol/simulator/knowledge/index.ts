// The built-in knowledge bases: `kit` (questions about Kefu Kit itself, the simulator's default)
// and `shop` (a realistic online shop: orders, shipping, refunds, invoices, account, payment).
import type { KnowledgeBase } from '../types'
import { defaultKnowledgeBase } from './kit'
import { shopKnowledgeBase } from './shop'

export { defaultKnowledgeBase, shopKnowledgeBase }

/** The names of the built-in knowledge bases. */
export type BuiltInKnowledge = 'kit' | 'shop'

/**
 * A built-in knowledge base by name (a fresh copy). `locale` (a kit locale, e.g. 'ja', loaded with
 * loadSimulatorLocale) localizes what the demo shows of the shop library (see shopKnowledgeBase);
 * the kit library is zh/en only.
 */
export function builtInKnowledgeBase(name: BuiltInKnowledge, locale?: string): KnowledgeBase {
  return name === 'shop' ? shopKnowledgeBase(locale) : defaultKnowledgeBase()
}
