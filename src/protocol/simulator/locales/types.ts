// The shape of one language's simulator texts (./<locale>.ts, each its own lazily loaded chunk).
import type { SimulatorTexts } from '../types'

/** The simulator texts a demo shows, in one language. */
export type DemoTexts = Pick<SimulatorTexts,
  'welcome' | 'welcomeCardTitle' | 'clarifyTitle' | 'fallback' | 'queue' | 'transferring' | 'transferSucceeded' | 'transferFailed' |
  'offHours' | 'groupMenuHeader' | 'sessionEnded' |
  'sessionTimeout' | 'timeoutWarning' | 'alreadyQueued' | 'ratingHead' | 'ratingTail' | 'ratingOptions'>

/** The featured shop intents, in welcome-card order. */
export const FEATURED_SHOP_INTENTS = ['order-status', 'refund', 'return', 'invoice', 'help'] as const
export type FeaturedShopIntent = (typeof FEATURED_SHOP_INTENTS)[number]

/** The shop's small talk: greeting, thanks, goodbye, "who are you". */
export const SHOP_SMALL_TALK = ['hello', 'thanks', 'bye', 'who'] as const
export type ShopSmallTalk = (typeof SHOP_SMALL_TALK)[number]

/** The shop library's demo-visible texts in one language. */
export interface ShopLocaleTexts {
  /** the shop bot's name on its messages, and its greeting */
  serviceName: string
  welcome: string
  /** the welcome-card questions, one per featured intent */
  questions: Record<FeaturedShopIntent, string>
  /** the answers (markdown for refund and help); order-status and invoice answer with their flows */
  answers: Record<Exclude<FeaturedShopIntent, 'order-status' | 'invoice'>, string>
  /** the order flow's first step: asks for the order number */
  orderPrompt: string
  /** the rest of the order flow: the order card, then what to do next */
  order: {
    /** typed alone, these start the flow */
    keywords: string[]
    guide: string
    /** the card's title, with {orderNo} */
    name: string
    desc: string
    /** [label, value] rows: status, courier, expected delivery */
    fields: [[string, string], [string, string], [string, string]]
    header: string
    tail: string
    /** [button, reply with {orderNo}] */
    address: [string, string]
    chase: [string, string]
    /** the button that asks for an agent */
    agent: string
  }
  /** the invoice flow (a task-flow menu, then a task-flow form) */
  invoice: {
    keywords: string[]
    header: string
    /** [option, its description] */
    electronic: [string, string]
    special: [string, string]
    tip: string
    /** [field name, placeholder]; a field's name is its label and the {variable} of `done` */
    title: [string, string]
    taxNumber: [string, string]
    email: [string, string]
    /** [field name, personal, company] */
    type: [string, string, string]
    /** the reply, with {<title>}, {<type>} and {<email>} (the field names above) */
    done: string
  }
  /** [question, other phrasings, answer] */
  smallTalk: Record<ShopSmallTalk, [string, string[], string]>
}

/** One language's pack. */
export interface SimulatorLocalePack {
  texts: DemoTexts
  shop: ShopLocaleTexts
  /** the scripted agents' greeting (with $(StaffName)) and replies */
  agent: { greeting: string; replies: [string, string, string] }
  /** the default groups' names: pre-sales, after-sales */
  groups: [string, string]
}
