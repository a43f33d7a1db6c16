// Stands in for @tencentcloud/tui-core (which would pull the whole Chat SDK into the page): the
// plugin only calls it when a customer clicks, which the benchmark never does.
const sent = []
export const TUIConstants = {
  TUIChat: { SERVICE: { NAME: 'TUIChatService', METHOD: { SEND_TEXT_MESSAGE: 'sendTextMessage', SEND_CUSTOM_MESSAGE: 'sendCustomMessage' } } },
  TUICustomerServicePlugin: { SERVICE: { NAME: 'TUICustomerServicePluginService' } },
  TUIContact: { EXTENSION: { CONTACT_LIST: { EXT_ID: 'TUIContact.ContactList' } } },
}
export default {
  callService: (options) => { sent.push(options) },
  registerService: () => {},
  registerExtension: () => {},
  sent,
}
