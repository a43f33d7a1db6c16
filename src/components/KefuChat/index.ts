export { KefuChat, KefuChatView } from './KefuChat'
