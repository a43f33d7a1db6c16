// What a host app that bundles the kit ships: the chat component and the stylesheet.
import { KefuChat } from 'kefu-kit'
import 'kefu-kit/style.css'
export default KefuChat
