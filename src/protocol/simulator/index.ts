// kefu-kit/simulator: the in-process backend (bot, flows, agents, queue, ratings) behind the
// Transport interface, so the playground and every test run anywhere without a network.
export { createSimulator, keywordKey, splitChunks } from './simulator'
export { createBot, DEFAULT_BOT_OPTIONS, type Bot, type BotDecision, type ResolvedBotOptions, type Scored } from './bot'
export { createSimilarityIndex, normalizeText, tokenize, stem, type IndexedQuestion, type ScoredMatch, type SimilarityIndex } from './similarity'
export { isWithinWorkingHours, parseRange, validateWorkingHours } from './hours'
export { builtInKnowledgeBase, defaultKnowledgeBase, shopKnowledgeBase, type BuiltInKnowledge } from './knowledge'
export { defaultAgents, defaultGroups, defaultTexts, defaultAgentReplies, DEFAULT_TRANSFER_KEYWORDS } from './defaults'
export type * from './types'
export {
  simulatorTexts, simulatorLocaleOptions, loadSimulatorLocale, isSimulatorLocaleLoaded, SIMULATOR_TEXT_LOCALES, type SimulatorLocaleOptions,
} from './locales/texts'
