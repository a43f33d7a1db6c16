// The built-in knowledge bases: `kit` (questions about Kefu Kit itself, the simulator's default)
// and `shop` (a realistic online shop: orders, shipping, refunds, invoices, account, payment).
export { defaultKnowledgeBase } from './kit'
